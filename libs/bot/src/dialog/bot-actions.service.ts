import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { RequestCallbackUseCase } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { CancelPendingTransactionUseCase, RequestRefundUseCase } from '@okpay/wallet-core';
import { dateTime, money } from '../answers/locale-format';
import { botMessage } from '../messages/bot-messages';
import { BotAction, TransactionChoice } from './dialogue-state';

/** What an action did, in the customer's words. */
export interface ActionResult {
  readonly text: string;
  readonly done: boolean;
}

/** Recorded on the refund request: the bot asked for it on the customer's behalf. */
export const BOT_REFUND_REASON = 'Requested by the customer through the support bot';

/**
 * What the bot does for a customer once they have confirmed it: always through wallet-core's and
 * routing's own use cases, so every rule (ownership, limits, state) applies as it would in the app.
 */
@Injectable()
export class BotActions {
  constructor(
    private readonly requestRefund: RequestRefundUseCase,
    private readonly cancelTransaction: CancelPendingTransactionUseCase,
    private readonly requestCallback: RequestCallbackUseCase,
  ) {}

  async perform(action: BotAction, customerId: string, option: TransactionChoice, idempotencyKey: string, locale: Locale): Promise<ActionResult> {
    try {
      if (action === 'refund') {
        const refund = await this.requestRefund.execute({ customerId, transactionId: option.transactionId, reason: BOT_REFUND_REASON, idempotencyKey });
        const amount = money({ amount: refund.amount, currency: refund.currency }, locale);
        const by = dateTime(refund.expectedBy, locale);
        return {
          done: true,
          text: botMessage(locale, 'actions.refundRequested', { amount, label: option.label, by }),
        };
      }
      const cancelled = await this.cancelTransaction.execute(customerId, option.transactionId);
      const back = money({ amount: cancelled.amount + cancelled.fee, currency: cancelled.currency }, locale);
      const fee = money({ amount: cancelled.fee, currency: cancelled.currency }, locale);
      const returned = cancelled.type === 'topup' ? 'actions.cancelled' : cancelled.fee > 0 ? 'actions.cancelledMoneyBackWithFee' : 'actions.cancelledMoneyBack';
      return { done: true, text: botMessage(locale, returned, { label: option.label, back, fee }) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { done: false, text: botMessage(locale, 'actions.failed', { reason: error.message }) };
    }
  }

  async bookCallback(customerId: string | null, phone: string, locale: Locale): Promise<ActionResult> {
    try {
      const callback = await this.requestCallback.execute({ customerId: customerId ?? undefined, phone, topic: 'bot', locale });
      const when = dateTime(callback.scheduledFor, locale);
      return {
        done: true,
        text: botMessage(locale, 'actions.callbackBooked', { phone: callback.phone, when }),
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { done: false, text: botMessage(locale, 'actions.callbackFailed', { reason: error.message }) };
    }
  }
}
