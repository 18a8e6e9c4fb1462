import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';

/** At most one acknowledgement per address in this window, however many new threads it starts. */
export const ACKNOWLEDGEMENT_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** What we know about an address: whether it bounces, and when it was last acknowledged. */
@Injectable()
export class EmailAddressHealth {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async markBouncing(address: string, reason: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO email_addresses (address, bouncing_since, bounce_reason) VALUES ($1, $2, $3)
       ON CONFLICT (address) DO UPDATE SET bouncing_since = COALESCE(email_addresses.bouncing_since, EXCLUDED.bouncing_since), bounce_reason = EXCLUDED.bounce_reason`,
      [address.toLowerCase(), this.clock.now(), reason.slice(0, 500)],
    );
  }

  async bouncing(address: string, manager: EntityManager = this.dataSource.manager): Promise<{ since: Date; reason: string | null } | null> {
    const [row] = await manager.query(`SELECT bouncing_since, bounce_reason FROM email_addresses WHERE address = $1 AND bouncing_since IS NOT NULL`, [
      address.toLowerCase(),
    ]);
    return row ? { since: new Date(row.bouncing_since), reason: row.bounce_reason } : null;
  }

  /**
   * Takes the address's acknowledgement for the current window, inside the caller's transaction
   * (the row lock makes two mails arriving together take it once). One statement: a new address
   * takes it by being inserted, a known one by the update, which its conditions may refuse.
   * @returns whether it was free.
   */
  async claimAcknowledgement(manager: EntityManager, address: string): Promise<boolean> {
    const now = this.clock.now();
    const claimed: unknown[] = await manager.query(
      `INSERT INTO email_addresses AS a (address, last_acknowledged_at) VALUES ($1, $2)
       ON CONFLICT (address) DO UPDATE SET last_acknowledged_at = EXCLUDED.last_acknowledged_at
       WHERE a.bouncing_since IS NULL AND (a.last_acknowledged_at IS NULL OR a.last_acknowledged_at <= $3) RETURNING address`,
      [address.toLowerCase(), now, new Date(now.getTime() - ACKNOWLEDGEMENT_INTERVAL_MS)],
    );
    return claimed.length > 0;
  }
}
