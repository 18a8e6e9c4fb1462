import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';

/** Wrong passwords in a row that lock the account, and for how long (the help centre quotes both). */
export const LOGIN_LOCK_POLICY = { maxFailedAttempts: 5, lockMinutes: 15 } as const;

export class AccountLockedError extends DomainError {
  constructor(readonly lockedUntil: Date) {
    super('forbidden', 'account_locked', 'Too many wrong passwords: the account is locked for a while.', {
      lockedUntil: lockedUntil.toISOString(),
    });
  }
}

/**
 * The wallet's own account lock, a security fact support sees: distinct from the per-minute
 * login rate limit, it follows the customer across devices and addresses.
 */
@Injectable()
export class CustomerLoginLock {
  constructor(private readonly clock: Clock) {}

  assertNotLocked(customer: CustomerEntity): void {
    if (customer.lockedUntil && customer.lockedUntil > this.clock.now()) throw new AccountLockedError(customer.lockedUntil);
  }

  async recordFailure(manager: EntityManager, customerId: string): Promise<void> {
    const now = this.clock.now();
    await manager.query(
      `UPDATE customers
       SET failed_login_count = streak.count,
           locked_until = CASE WHEN streak.count >= $2 THEN $3::timestamptz ELSE NULL END
       FROM (
         -- A lock that has run out starts a fresh streak.
         SELECT CASE WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN 1 ELSE failed_login_count + 1 END AS count
         FROM customers WHERE id = $1
       ) AS streak
       WHERE id = $1`,
      [customerId, LOGIN_LOCK_POLICY.maxFailedAttempts, new Date(now.getTime() + LOGIN_LOCK_POLICY.lockMinutes * 60_000), now],
    );
  }

  async recordSuccess(manager: EntityManager, customerId: string): Promise<void> {
    await manager.query(`UPDATE customers SET failed_login_count = 0, locked_until = NULL WHERE id = $1`, [customerId]);
  }
}
