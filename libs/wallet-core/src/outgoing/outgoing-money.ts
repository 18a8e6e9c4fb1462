import { Injectable } from '@nestjs/common';
import { Money } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';
import { Ledger, LedgerLeg } from '../ledger/ledger.service';
import { SpendingLimits } from '../limits/spending-limits.service';
import { LimitKind } from '../pricing';
import { RiskRules, RiskSubject } from '../risk/risk-rules';
import { newTransaction } from '../transactions/new-transaction';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { FailureCode, TransactionStatus } from '../transactions/wallet-transaction.record';

/** Fields of the recorded transaction that only the kind of movement knows. */
type MovementDetails = Omit<Partial<WalletTransactionEntity>, 'customerId' | 'type' | 'status' | 'failureCode' | 'amount' | 'currency' | 'deviceId'>;

export interface OutgoingMovement {
  readonly sender: CustomerEntity;
  readonly kind: Extract<LimitKind, 'payment' | 'transfer'>;
  /** What counts against limits and risk rules, and the transaction's amount. */
  readonly amount: Money;
  /** What leaves the wallet (amount plus any fee). */
  readonly debit: number;
  /** The sender's wallet balance, read under its lock. */
  readonly balance: number;
  readonly deviceId?: string;
  readonly payee: RiskSubject['payee'];
  /**
   * This kind's own reason to refuse (a closed merchant, a frozen recipient, a transfer abroad the
   * sender's verification does not allow), checked right after the sender's account.
   */
  readonly ownRefusal: FailureCode | null;
  /** Status of an accepted movement: `succeeded`, or `pending` while money is held in clearing. */
  readonly acceptedStatus: Extract<TransactionStatus, 'succeeded' | 'pending'>;
  readonly details: MovementDetails;
  /** The ledger legs of an accepted movement; the sender's debit among them. */
  readonly legs: (transaction: WalletTransactionEntity) => Promise<LedgerLeg[]>;
}

/**
 * The one path a payment or a transfer takes once its wallets are locked: the first reason to
 * refuse, in the order support explains them (the sender's account, the kind's own reason,
 * limits, risk rules, funds); the transaction recorded either way, since a refusal is what support explains;
 * and for an accepted one, the ledger posting and the device remembered for the risk rules.
 * Payments check the same reasons in the same order inside `wallet_make_payment`, in one round trip.
 */
@Injectable()
export class OutgoingMoney {
  constructor(
    private readonly limits: SpendingLimits,
    private readonly risk: RiskRules,
    private readonly ledger: Ledger,
  ) {}

  async move(manager: EntityManager, movement: OutgoingMovement, now: Date): Promise<WalletTransactionEntity> {
    const failureCode = await this.refusal(manager, movement);
    const transaction = newTransaction(
      {
        ...movement.details,
        customerId: movement.sender.id,
        type: movement.kind,
        status: failureCode ? 'failed' : movement.acceptedStatus,
        failureCode,
        amount: movement.amount.amount,
        currency: movement.amount.currency,
        deviceId: movement.deviceId ?? null,
      },
      now,
    );
    await manager.insert(WalletTransactionEntity, transaction);
    if (!failureCode) {
      await this.limits.countUse(manager, transaction);
      await this.ledger.post(manager, transaction.id, await movement.legs(transaction));
      await this.risk.rememberDevice(manager, movement.sender.id, movement.deviceId, now);
    }
    return transaction;
  }

  private async refusal(manager: EntityManager, movement: OutgoingMovement): Promise<FailureCode | null> {
    if (movement.sender.frozenAt) return 'account_frozen';
    if (movement.ownRefusal) return movement.ownRefusal;
    if (await this.limits.wouldExceed(manager, movement.sender, movement.kind, movement.amount)) return 'limit_exceeded';
    const review = await this.risk.requiresReview(manager, {
      customerId: movement.sender.id,
      amountCny: this.limits.toCny(movement.amount),
      deviceId: movement.deviceId,
      payee: movement.payee,
    });
    if (review) return 'risk_review';
    if (movement.balance < movement.debit) return 'insufficient_funds';
    return null;
  }
}
