import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { EntityManager } from 'typeorm';

/** A payment or transfer at or above this many CNY minor units is "large" for risk rules. */
export const RISK_REVIEW_THRESHOLD_CNY = 200_000;

export interface RiskSubject {
  readonly customerId: string;
  /** Amount in CNY minor units (converted at the mid rate). */
  readonly amountCny: number;
  readonly deviceId?: string;
  readonly payee: { readonly merchantId: string } | { readonly customerId: string };
}

/**
 * Rule-based holds: a large amount from a device the customer never paid from, or to a payee
 * they never paid, is refused as `risk_review`. `RISK_RULES=off` turns the rules off.
 */
@Injectable()
export class RiskRules {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requiresReview(manager: EntityManager, subject: RiskSubject): Promise<boolean> {
    if (!this.apply(subject.amountCny)) return false;
    if (subject.deviceId && !(await this.isKnownDevice(manager, subject.customerId, subject.deviceId))) return true;
    return !(await this.hasPaidBefore(manager, subject));
  }

  /** Whether the rules look at an amount (in CNY minor units) at all. */
  apply(amountCny: number): boolean {
    return this.config.riskRules && amountCny >= RISK_REVIEW_THRESHOLD_CNY;
  }

  /** A device becomes known once a payment or transfer from it succeeds. */
  async rememberDevice(manager: EntityManager, customerId: string, deviceId: string | undefined, at: Date): Promise<void> {
    if (!deviceId) return;
    await manager.query(
      `INSERT INTO known_devices (customer_id, device_id, first_seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [customerId, deviceId, at],
    );
  }

  private async isKnownDevice(manager: EntityManager, customerId: string, deviceId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM known_devices WHERE customer_id = $1 AND device_id = $2`, [customerId, deviceId]);
    return rows.length > 0;
  }

  private async hasPaidBefore(manager: EntityManager, subject: RiskSubject): Promise<boolean> {
    const [column, payeeId] =
      'merchantId' in subject.payee ? ['merchant_id', subject.payee.merchantId] : ['counterparty_customer_id', subject.payee.customerId];
    const rows = await manager.query(
      `SELECT 1 FROM wallet_transactions WHERE customer_id = $1 AND ${column} = $2 AND status = 'succeeded' LIMIT 1`,
      [subject.customerId, payeeId],
    );
    return rows.length > 0;
  }
}
