import { Locale, LOCALES } from '@okpay/contracts';
import { ArticleAspect } from '@okpay/knowledge-base';
import { DEMO_SUPPORT_CALENDAR, parseBusinessCalendar } from '@okpay/shared';
import {
  BANK_TRANSFER_SETTLEMENT_HOURS,
  CROSS_BORDER_MINIMUM_TIER,
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  FEE_SCHEDULE,
  LOGIN_PAUSE_POLICY,
  REFUND_BUSINESS_DAYS,
  TOP_UP_MINIMUM,
  VERIFICATION_REVIEW_HOURS,
  WITHDRAWAL_FEE,
} from '@okpay/wallet-core';
import { articleFactValues } from '../answers/article-fact-values';
import { FACTS_EXAMPLE_MOMENT } from '../answers/facts-catalogue-examples';
import { feeRuleText, money, percent } from '../answers/locale-format';
import { botMessage } from '../messages/bot-messages';
import { BotKnowledge } from './bot-knowledge';

const calendar = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
if (!calendar.ok) throw new Error('the demo support calendar is invalid');
const factsFor = (locale: Locale) => articleFactValues(locale, FACTS_EXAMPLE_MOMENT, { calendar: calendar.calendar, hotline: '400-000-0000', email: 'support@okpay.test' });
const words = (en: string[], zh: string[]) => (locale: Locale) => (locale === 'en' ? en : zh);

/**
 * The sub-questions customers ask most, per article: each must have a section in both locales that
 * says what the wallet really does (values computed from wallet-core and the calendar, as answers are).
 */
const EXPECTED: readonly [article: string, aspect: ArticleAspect, mentions: (locale: Locale, facts: Record<string, string>) => string[]][] = [
  ['refund', 'duration', (l) => [`${REFUND_BUSINESS_DAYS.min}–${REFUND_BUSINESS_DAYS.max}`, ...words(['business days'], ['工作日'])(l)]],
  ['refund', 'status', () => [String(REFUND_BUSINESS_DAYS.max)]],
  ['refund', 'steps', words(['Request a refund'], ['申请退款'])],
  ['identity-verification', 'documents', words(['national ID card', 'passport', 'residence permit', 'selfie'], ['居民身份证', '护照', '居留证', '人脸核验'])],
  ['identity-verification', 'duration', () => [`${VERIFICATION_REVIEW_HOURS}`]],
  ['identity-verification', 'steps', words(['Me › Verify identity'], ['我的 › 身份认证'])],
  ['login-issue', 'duration', () => [`${LOGIN_PAUSE_POLICY.longestPauseMinutes}`]],
  ['login-issue', 'steps', words(['Forgot password', 'phone number'], ['忘记密码', '手机号'])],
  ['payment-failed', 'reason', words(['balance', 'limit'], ['余额', '额度'])],
  ['payment-failed', 'retry', words(['transaction history'], ['交易记录'])],
  ['payment-failed', 'duration', words(['balance'], ['余额'])],
  ['topup-failed', 'retry', () => [`${BANK_TRANSFER_SETTLEMENT_HOURS}`]],
  ['topup-failed', 'duration', () => [`${BANK_TRANSFER_SETTLEMENT_HOURS}`]],
  ['topup-methods', 'minimum', (l) => [money(TOP_UP_MINIMUM, l)]],
  ['topup-methods', 'cost', (l) => [feeRuleText(FEE_SCHEDULE.cardTopUp, l), feeRuleText(FEE_SCHEDULE.bankTransferTopUp, l)]],
  ['topup-methods', 'duration', () => [`${BANK_TRANSFER_SETTLEMENT_HOURS}`]],
  ['topup-methods', 'steps', words(['Top up'], ['充值'])],
  ['transaction-pending', 'duration', () => [`${CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS}`]],
  ['transaction-pending', 'status', words(['status'], ['状态'])],
  ['transaction-pending', 'retry', () => [`${CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS}`]],
  ['fees', 'cost', (l) => [FEE_SCHEDULE.domesticTransfer, FEE_SCHEDULE.crossBorderTransfer, FEE_SCHEDULE.cardTopUp, WITHDRAWAL_FEE].map((rule) => feeRuleText(rule, l))],
  ['cross-border', 'duration', () => [`${CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS}`]],
  ['cross-border', 'documents', (l) => [botMessage(l, `tier.${CROSS_BORDER_MINIMUM_TIER}`), 'SWIFT/BIC']],
  ['cross-border', 'cost', (l) => [feeRuleText(FEE_SCHEDULE.crossBorderTransfer, l), percent(FEE_SCHEDULE.fxMarkupBasisPoints)]],
  ['cross-border', 'steps', words(['Transfer › International'], ['转账 › 国际转账'])],
  ['account-security', 'meantime', words(['password', 'sign out'], ['密码', '退出'])],
  ['account-security', 'steps', words(['two-factor authentication'], ['双重验证'])],
  ['contact-support', 'hours', (_, facts) => [facts['support.hours'], facts['support.nextOpening']]],
  ['human-agent', 'hours', (_, facts) => [facts['support.hours'], facts['support.nextOpening']]],
  ['callback-request', 'hours', (_, facts) => [facts['support.hours'], facts['support.nextOpening']]],
  ['cancel-transaction', 'steps', words(['Cancel'], ['取消'])],
  ['cancel-transaction', 'cost', words(['fee'], ['手续费'])],
  ['transaction-limits', 'steps', words(['Verify identity'], ['身份认证'])],
  ['transaction-limits', 'duration', (_, facts) => [facts['limits.dailyReset']]],
  ['balance-history', 'steps', words(['Statements'], ['对账单'])],
];

describe('BotKnowledge.sectionText', () => {
  const knowledge = BotKnowledge.load();
  const article = (locale: Locale, id: string) => knowledge.knowledgeBase.article(locale, id)!;

  it('gives only the section that answers the aspect, as chat text with the facts filled in', () => {
    const text = knowledge.sectionText(article('en', 'refund'), 'duration', factsFor('en'))!;
    expect(text.split('\n')[0]).toBe('How long it takes');
    expect(text).toContain(`${REFUND_BUSINESS_DAYS.min}–${REFUND_BUSINESS_DAYS.max} business days`);
    expect(text).not.toMatch(/\{\{|\*\*/);
    expect(text).not.toContain('Check your refund');
    expect(knowledge.articleText(article('en', 'refund'), factsFor('en'))).toContain(text.split('\n\n')[1]);
  });

  it('renders again for other facts, and for the articles a reload brings', () => {
    const facts = factsFor('en');
    const later = { ...facts, 'support.email': 'help@okpay.test' };
    expect(knowledge.sectionText(article('en', 'human-agent'), 'hours', facts)).toBe(knowledge.sectionText(article('en', 'human-agent'), 'hours', facts));
    expect(knowledge.articleText(article('en', 'contact-support'), facts)).toContain('support@okpay.test');
    expect(knowledge.articleText(article('en', 'contact-support'), later)).toContain('help@okpay.test');
    const edited = { ...article('en', 'contact-support'), body: 'Write to {{support.email}}.' };
    expect(knowledge.articleText(edited, facts)).toBe('Write to support@okpay.test.');
  });

  it('is null for an aspect the article does not answer', () => {
    expect(knowledge.sectionText(article('en', 'refund'), 'hours', factsFor('en'))).toBeNull();
    expect(knowledge.sectionText(article('zh-CN', 'greeting'), 'duration', factsFor('zh-CN'))).toBeNull();
  });

  describe.each(LOCALES)('in %s', (locale) => {
    const facts = factsFor(locale);
    it.each(EXPECTED.map(([id, aspect, mentions]) => [id, aspect, mentions] as const))('%s answers %s', (id, aspect, mentions) => {
      const text = knowledge.sectionText(article(locale, id), aspect, facts);
      expect(text).not.toBeNull();
      for (const mention of mentions(locale, facts)) expect(text).toContain(mention);
    });
  });
});
