import { Locale } from '@okpay/contracts';
import { addMoney, isSupportedCurrency, Money } from '@okpay/shared';
import { calculateFee, FEE_SCHEDULE, FeeRule, WITHDRAWAL_FEE } from '@okpay/wallet-core';
import { botMessage } from '../messages/bot-messages';
import { TransferKind } from '../understanding/message-slots';
import { feeRuleText, money, percent } from './locale-format';

type PricedOperation = 'crossBorderTransfer' | 'domesticTransfer' | 'cardTopUp' | 'bankTransferTopUp' | 'withdrawal';

const RULES: Record<PricedOperation, FeeRule> = {
  crossBorderTransfer: FEE_SCHEDULE.crossBorderTransfer,
  domesticTransfer: FEE_SCHEDULE.domesticTransfer,
  cardTopUp: FEE_SCHEDULE.cardTopUp,
  bankTransferTopUp: FEE_SCHEDULE.bankTransferTopUp,
  withdrawal: WITHDRAWAL_FEE,
};

function quoteLine(operation: PricedOperation, amount: Money, locale: Locale): string {
  const rule = RULES[operation];
  const fee = calculateFee(rule, amount);
  return botMessage(locale, 'fees.quote.line', {
    operation: botMessage(locale, `fees.operation.${operation}`, { amount: money(amount, locale) }),
    fee: money(fee, locale),
    total: money(addMoney(amount, fee), locale),
    rule: feeRuleText(rule, locale),
  });
}

const OPERATION_OF_KIND: Record<TransferKind, PricedOperation> = {
  domestic: 'domesticTransfer',
  cross_border: 'crossBorderTransfer',
  card_top_up: 'cardTopUp',
  bank_top_up: 'bankTransferTopUp',
  withdrawal: 'withdrawal',
};

/** What the conversation knows about the price asked: an amount, a kind of operation, the exchange rate. */
export interface FeeQuestion {
  readonly amount?: { readonly amount: number; readonly currency: string | null };
  readonly kind?: TransferKind;
  /** The customer asked about the exchange rate or its markup. */
  readonly exchange?: boolean;
}

/**
 * A quote from the conversation's slots: the amount (a bare number is yuan) and the kind of
 * operation, each possibly from an earlier turn. With a kind but no amount, the rule for that kind.
 * `null` when there is nothing specific to quote.
 */
export function feeQuoteFor(question: FeeQuestion, locale: Locale): string | null {
  const operations: PricedOperation[] = question.kind ? [OPERATION_OF_KIND[question.kind]] : question.amount ? ['domesticTransfer', 'crossBorderTransfer', 'cardTopUp'] : [];
  const currency = question.amount?.currency ?? 'CNY';
  const lines: string[] = [];
  if (question.amount && isSupportedCurrency(currency) && question.amount.amount > 0) {
    const amount: Money = { amount: question.amount.amount, currency: currency as Money['currency'] };
    lines.push(...operations.map((operation) => quoteLine(operation, amount, locale)));
  } else {
    lines.push(...operations.map((operation) => botMessage(locale, 'fees.ruleLine', { operation: botMessage(locale, `fees.operationName.${operation}`), rule: feeRuleText(RULES[operation], locale) })));
  }
  if (question.exchange || operations.includes('crossBorderTransfer')) lines.push(botMessage(locale, 'fees.quote.exchange', { markup: percent(FEE_SCHEDULE.fxMarkupBasisPoints) }));
  if (lines.length === 0) return null;
  const head = botMessage(locale, 'fees.quote.heading');
  return `${head}\n${lines.join('\n')}`;
}
