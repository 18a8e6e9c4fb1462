import { Injectable } from '@nestjs/common';
import { Clock, SUPPORTED_CURRENCIES } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { Brackets, EntityManager } from 'typeorm';
import { preparedQueryIn } from '@okpay/database';
import { toSafeNumber } from '../ledger/bigint-column';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { AccountEntity } from './account.entity';
import { AccountRecord, SystemAccountCode } from './account.record';

/** Finds and opens accounts. Merchant and system accounts are created on first use. */
@Injectable()
export class AccountDirectory {
  /** Merchant and system account ids never change once created, so they are cached. */
  private readonly sharedAccountIds = new Map<string, string>();

  constructor(private readonly clock: Clock) {}

  /** A wallet per supported currency, opened with the customer. */
  async openCustomerWallets(manager: EntityManager, customerId: string): Promise<void> {
    const now = this.clock.now();
    await manager.insert(
      AccountEntity,
      SUPPORTED_CURRENCIES.map((currency) => ({
        id: randomUUID(),
        kind: 'customer' as const,
        customerId,
        merchantId: null,
        systemCode: null,
        currency,
        balance: 0,
        createdAt: now,
      })),
    );
  }

  /**
   * The customer's wallet in a currency. With `lock`, the row stays locked until the
   * transaction ends: every use case that moves a customer's money takes this lock first, so
   * balance and daily-limit checks see a settled state.
   */
  async customerWallet(manager: EntityManager, customerId: string, currency: string, lock = false): Promise<AccountRecord> {
    const account = await manager.findOne(AccountEntity, {
      where: { kind: 'customer', customerId, currency },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!account) throw new WalletResourceNotFoundError('account');
    return account;
  }

  /**
   * Locks several customers' wallets for one movement, always in account-id order whatever the
   * order asked: two transfers between the same wallets in opposite directions then queue
   * instead of deadlocking. Returned in the order asked.
   */
  async lockWallets(manager: EntityManager, wanted: readonly { customerId: string; currency: string }[]): Promise<AccountRecord[]> {
    const query = manager.createQueryBuilder(AccountEntity, 'a').where(`a.kind = 'customer'`);
    query.andWhere(
      new Brackets((any) =>
        wanted.forEach((w, i) => any.orWhere(`(a.customerId = :customer${i} AND a.currency = :currency${i})`, { [`customer${i}`]: w.customerId, [`currency${i}`]: w.currency })),
      ),
    );
    const locked = await query.orderBy('a.id').setLock('pessimistic_write').getMany();
    return wanted.map((w) => {
      const account = locked.find((a) => a.customerId === w.customerId && a.currency === w.currency);
      if (!account) throw new WalletResourceNotFoundError('account');
      return account;
    });
  }

  /**
   * Prepared and mapped by hand: the customer's accounts list is the most frequent read a signed-in
   * app makes, and TypeORM's find builds and escapes its SQL on every call.
   */
  async customerWallets(manager: EntityManager, customerId: string): Promise<AccountRecord[]> {
    const rows = await preparedQueryIn<AccountRow>(
      manager,
      'wallet.customer-wallets',
      `SELECT id, kind, customer_id, merchant_id, system_code, currency, balance, created_at FROM accounts
       WHERE kind = 'customer' AND customer_id = $1 ORDER BY currency`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      customerId: row.customer_id,
      merchantId: row.merchant_id,
      systemCode: row.system_code,
      currency: row.currency,
      balance: toSafeNumber(row.balance),
      createdAt: row.created_at,
    }));
  }

  systemAccountId(manager: EntityManager, code: SystemAccountCode, currency: string): Promise<string> {
    return this.sharedAccountId(manager, { kind: 'system', systemCode: code, currency });
  }

  merchantAccountId(manager: EntityManager, merchantId: string, currency: string): Promise<string> {
    return this.sharedAccountId(manager, { kind: 'merchant', merchantId, currency });
  }

  /**
   * Looked up, or created on first use, inside the caller's transaction. An id is cached only
   * when the row was already there: one this transaction inserted could still roll back, and a
   * cached id that points nowhere breaks every later posting (the ledger property test found it).
   * A concurrent creator waits on the unique index until the first one commits or rolls back.
   */
  private async sharedAccountId(
    manager: EntityManager,
    owner: { kind: 'system'; systemCode: SystemAccountCode; currency: string } | { kind: 'merchant'; merchantId: string; currency: string },
  ): Promise<string> {
    const cacheKey = `${owner.kind}:${'systemCode' in owner ? owner.systemCode : owner.merchantId}:${owner.currency}`;
    const cached = this.sharedAccountIds.get(cacheKey);
    if (cached) return cached;

    const conflictTarget = owner.kind === 'system' ? '(system_code, currency)' : '(merchant_id, currency)';
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO accounts (id, kind, customer_id, merchant_id, system_code, currency, balance, created_at)
       VALUES ($1, $2, NULL, $3, $4, $5, 0, $6)
       ON CONFLICT ${conflictTarget} WHERE kind = '${owner.kind}' DO NOTHING
       RETURNING id`,
      [
        randomUUID(),
        owner.kind,
        owner.kind === 'merchant' ? owner.merchantId : null,
        owner.kind === 'system' ? owner.systemCode : null,
        owner.currency,
        this.clock.now(),
      ],
    );
    if (inserted.length > 0) return inserted[0].id;
    const account = await manager.findOneOrFail(AccountEntity, {
      where: owner.kind === 'system'
        ? { kind: 'system', systemCode: owner.systemCode, currency: owner.currency }
        : { kind: 'merchant', merchantId: owner.merchantId, currency: owner.currency },
    });
    this.sharedAccountIds.set(cacheKey, account.id);
    return account.id;
  }
}

interface AccountRow {
  readonly id: string;
  readonly kind: AccountRecord['kind'];
  readonly customer_id: string | null;
  readonly merchant_id: string | null;
  readonly system_code: AccountRecord['systemCode'];
  readonly currency: string;
  /** bigint, as text. */
  readonly balance: string;
  readonly created_at: Date;
}
