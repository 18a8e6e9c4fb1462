import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { RequestCallbackUseCase } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { CancelPendingTransactionUseCase, RequestRefundUseCase } from '@okpay/wallet-core';
import { dateTime, money } from '../answers/locale-format';
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
          text: locale === 'zh-CN' ? `已为您提交 ${amount} 的退款申请(${option.label})，预计 ${by} 前退回。` : `Done: I've requested a refund of ${amount} (${option.label}). Expect it by ${by}.`,
        };
      }
      const cancelled = await this.cancelTransaction.execute(customerId, option.transactionId);
      const back = money({ amount: cancelled.amount + cancelled.fee, currency: cancelled.currency }, locale);
      const fee = money({ amount: cancelled.fee, currency: cancelled.currency }, locale);
      const returned =
        cancelled.type === 'topup'
          ? ''
          : cancelled.fee > 0
            ? locale === 'zh-CN'
              ? `含手续费 ${fee} 在内共 ${back} 已退回您的余额。`
              : ` ${back}, the ${fee} fee included, is back in your balance.`
            : locale === 'zh-CN'
              ? `${back} 已退回您的余额。`
              : ` ${back} is back in your balance.`;
      return { done: true, text: locale === 'zh-CN' ? `已为您取消：${option.label}。${returned}` : `Cancelled: ${option.label}.${returned}` };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { done: false, text: locale === 'zh-CN' ? `抱歉，这笔无法办理：${error.message}` : `Sorry, I couldn't do that: ${error.message}` };
    }
  }

  async bookCallback(customerId: string | null, phone: string, locale: Locale): Promise<ActionResult> {
    try {
      const callback = await this.requestCallback.execute({ customerId: customerId ?? undefined, phone, topic: 'bot', locale });
      const when = dateTime(callback.scheduledFor, locale);
      return {
        done: true,
        text: locale === 'zh-CN' ? `已安排回电：我们会在 ${when} 左右拨打 ${callback.phone}。` : `Callback booked: we'll call ${callback.phone} around ${when}.`,
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { done: false, text: locale === 'zh-CN' ? `抱歉，无法安排回电：${error.message}` : `Sorry, I couldn't book the callback: ${error.message}` };
    }
  }
}
