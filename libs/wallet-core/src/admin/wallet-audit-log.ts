import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';

export interface WalletAuditRecord {
  readonly actorAgentId: string;
  readonly action: 'adjustment' | 'kyc_review' | 'refund_review' | 'bank_transfer_settlement' | 'service_incident';
  readonly customerId?: string;
  readonly transactionId?: string;
  readonly details: Record<string, unknown>;
}

/** Append-only record of every back-office action on the wallet, written in the same transaction. */
@Injectable()
export class WalletAuditLog {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, entry: WalletAuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO wallet_audit_log (actor_agent_id, action, customer_id, transaction_id, details, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actorAgentId, entry.action, entry.customerId ?? null, entry.transactionId ?? null, JSON.stringify(entry.details), this.clock.now()],
    );
  }
}
