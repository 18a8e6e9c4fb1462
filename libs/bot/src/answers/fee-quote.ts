import { Locale } from '@okpay/contracts';
import { addMoney, isSupportedCurrency, Money } from '@okpay/shared';
import { calculateFee, FEE_SCHEDULE, FeeRule, WITHDRAWAL_FEE } from '@okpay/wallet-core';
import { botMessage } from '../messages/bot-messages';
import { extractEntities } from '../understanding/entity-extractor';
import { TransferKind } from '../understanding/message-slots';
import { normalizeText } from '../understanding/text-normalizer';
import { feeRuleText, money, percent } from './locale-format';

type PricedOperation = 'crossBorderTransfer' | 'domesticTransfer' | 'cardTopUp' | 'bankTransferTopUp' | 'withdrawal';

const RULES: Record<PricedOperation, FeeRule> = {
  crossBorderTransfer: FEE_SCHEDULE.crossBorderTransfer,
  domesticTransfer: FEE_SCHEDULE.domesticTransfer,
  cardTopUp: FEE_SCHEDULE.cardTopUp,
  bankTransferTopUp: FEE_SCHEDULE.bankTransferTopUp,
  withdrawal: WITHDRAWAL_FEE,
};

// Read on normalized text (lower case, simplified Chinese, "top up" → "topup").
const WITHDRAWAL = /withdraw|cash ?out|提现/;
const TOP_UP = /topup|add money|load|充值|充钱|存钱/;
const CARD = /card|信用卡|银行卡|借记卡|储蓄卡/;
const BANK_TRANSFER = /bank|银行转账|网银|对公/;
const CROSS_BORDER = /abroad|overseas|international|cross ?border|foreign|跨境|境外|国外|海外|国际|出境/;
const TRANSFER = /transfer|send|remit|转账|转给|汇款|打款|汇钱/;

/** What the customer asks the price of; the common operations when the message does not say. */
function operationsIn(text: string): PricedOperation[] {
  if (WITHDRAWAL.test(text)) return ['withdrawal'];
  if (TOP_UP.test(text)) {
    if (CARD.test(text)) return ['cardTopUp'];
    if (BANK_TRANSFER.test(text)) return ['bankTransferTopUp'];
    return ['cardTopUp', 'bankTransferTopUp'];
  }
  if (CROSS_BORDER.test(text)) return ['crossBorderTransfer'];
  if (TRANSFER.test(text)) return ['domesticTransfer'];
  return ['domesticTransfer', 'crossBorderTransfer', 'cardTopUp'];
}

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

/**
 * A price quote for the amount a customer names ("what does it cost to send ¥1,000 abroad?"),
 * computed from wallet-core's fee schedule, so it is exact and never drifts from what is charged.
 * `null` when the message names no amount we can price.
 */
export function feeQuote(text: string, locale: Locale): string | null {
  const mention = extractEntities(text).amounts.find((a) => a.amount > 0 && isSupportedCurrency(a.currency));
  if (!mention) return null;
  const amount: Money = { amount: mention.amount, currency: mention.currency as Money['currency'] };
  const operations = operationsIn(normalizeText(text));
  const lines = [botMessage(locale, 'fees.quote.heading'), ...operations.map((operation) => quoteLine(operation, amount, locale))];
  if (operations.includes('crossBorderTransfer')) lines.push(botMessage(locale, 'fees.quote.exchange', { markup: percent(FEE_SCHEDULE.fxMarkupBasisPoints) }));
  return lines.join('\n');
}

const OPERATION_OF_KIND: Record<TransferKind, PricedOperation> = {
  domestic: 'domesticTransfer',
  cross_border: 'crossBorderTransfer',
  card_top_up: 'cardTopUp',
  bank_top_up: 'bankTransferTopUp',
  withdrawal: 'withdrawal',
};

const RULE_NAMES: Record<PricedOperation, Record<Locale, string>> = {
  crossBorderTransfer: { 'zh-CN': '跨境转账', en: 'Sending money abroad' },
  domesticTransfer: { 'zh-CN': '境内转账', en: 'Sending money within mainland China' },
  cardTopUp: { 'zh-CN': '银行卡充值', en: 'Topping up by card' },
  bankTransferTopUp: { 'zh-CN': '银行转账充值', en: 'Topping up by bank transfer' },
  withdrawal: { 'zh-CN': '提现', en: 'Withdrawing to a bank account' },
};

function exchangeLine(locale: Locale): string {
  return locale === 'zh-CN'
    ? `如需换汇，按中间价减 ${percent(FEE_SCHEDULE.fxMarkupBasisPoints)} 的汇率兑换。`
    : `If the money is exchanged into another currency, the rate is the mid rate less ${percent(FEE_SCHEDULE.fxMarkupBasisPoints)}.`;
}

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
    lines.push(...operations.map((operation) => `• ${RULE_NAMES[operation][locale]}${locale === 'zh-CN' ? '：' : ': '}${feeRuleText(RULES[operation], locale)}`));
  }
  if (question.exchange || operations.includes('crossBorderTransfer')) lines.push(exchangeLine(locale));
  if (lines.length === 0) return null;
  const head = locale === 'zh-CN' ? '按当前收费标准计算：' : 'At our current fees:';
  return `${head}\n${lines.join('\n')}`;
}
