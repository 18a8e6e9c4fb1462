import { Injectable } from '@nestjs/common';
import { Money } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { LimitKind } from '../pricing';
import { RiskRules, RiskSubject } from '../risk/risk-rules';
import { FailureCode } from '../transactions/wallet-transaction.record';
import { SpendingLimits } from './spending-limits.service';
import { CustomerRecord } from '../customers/customer.record';

export interface OutgoingMoney {
  readonly customer: CustomerRecord;
  readonly kind: Extract<LimitKind, 'payment' | 'transfer'>;
  /** What counts against limits and risk rules. */
  readonly amount: Money;
  /** What leaves the wallet (amount plus any fee). */
  readonly debit: number;
  readonly balance: number;
  readonly deviceId?: string;
  readonly payee: RiskSubject['payee'];
}

/**
 * The checks every payment and transfer passes, in the order support explains them: limits,
 * then risk rules, then funds. Callers hold the wallet lock and check their own reasons first.
 */
@Injectable()
export class OutgoingMoneyChecks {
  constructor(
    private readonly limits: SpendingLimits,
    private readonly risk: RiskRules,
  ) {}

  async refusal(manager: EntityManager, money: OutgoingMoney): Promise<FailureCode | null> {
    if (await this.limits.wouldExceed(manager, money.customer, money.kind, money.amount)) return 'limit_exceeded';
    const amountCny = this.limits.toCny(money.amount);
    const review = await this.risk.requiresReview(manager, {
      customerId: money.customer.id,
      amountCny,
      deviceId: money.deviceId,
      payee: money.payee,
    });
    if (review) return 'risk_review';
    if (money.balance < money.debit) return 'insufficient_funds';
    return null;
  }
}
