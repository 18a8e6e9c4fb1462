import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@okpay/shared';

/** A payment or transfer at or above this many CNY minor units is "large" for risk rules. */
export const RISK_REVIEW_THRESHOLD_CNY = 200_000;

/**
 * Rule-based holds: a large amount from a device the customer never paid from, or to a payee
 * they never paid, is refused as `risk_review`; a device becomes known once a payment or transfer
 * from it succeeds. The statement functions (`wallet_make_payment`, `wallet_send_transfer`) apply
 * the rules under the wallet lock; this decides whether they look at an amount at all.
 * `RISK_RULES=off` turns the rules off.
 */
@Injectable()
export class RiskRules {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Whether the rules look at an amount (in CNY minor units) at all. */
  apply(amountCny: number): boolean {
    return this.config.riskRules && amountCny >= RISK_REVIEW_THRESHOLD_CNY;
  }
}
