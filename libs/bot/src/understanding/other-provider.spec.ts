import { IntentId } from '@okpay/contracts';
import { KnowledgeBase } from '@okpay/knowledge-base';
import { otherProviderIn } from './other-provider';
import { normalizeText } from './text-normalizer';

const providerOf = (text: string, intent: IntentId) => otherProviderIn(normalizeText(text), intent)?.id ?? null;

describe('otherProviderIn', () => {
  it.each<[string, IntentId, string]>([
    ['My Alipay payment failed at the shop', 'payment_failed', 'alipay'],
    ['支付宝付款一直失败', 'payment_failed', 'alipay'],
    ['wechat pay says I hit my daily limit', 'transaction_limits', 'wechat_pay'],
    ['微信支付的限额是多少', 'transaction_limits', 'wechat_pay'],
    ['how long does a PayPal refund take', 'refund', 'paypal'],
    ['花呗这个月的账单怎么还', 'balance_history', 'alipay'],
    ['my ICBC debit card was declined at the mall', 'payment_failed', 'icbc'],
    ['招商银行的转账记录在哪看', 'balance_history', 'cmb'],
    ['my bank app keeps logging me out', 'app_connectivity', 'own_bank'],
    ['信用卡还款日是哪天', 'fees', 'own_bank'],
    ['is UnionPay accepted in Japan', 'cross_border', 'unionpay'],
    ['银联卡在国外刷卡有手续费吗', 'fees', 'unionpay'],
    ['my Mastercard got charged twice by a hotel', 'account_security', 'mastercard'],
    // The model may read a declined bank card as a failed top-up; without top-up words it is the bank's.
    ['my HSBC card got refused in a restaurant', 'topup_failed', 'hsbc'],
    ['建行卡在商场刷不了', 'topup_failed', 'ccb'],
  ])('"%s" (%s) is about %s', (text, intent, provider) => {
    expect(providerOf(text, intent)).toBe(provider);
  });

  it.each<[string, IntentId]>([
    ['top up OKPay from my ICBC card', 'topup_methods'],
    ['用工商银行卡给钱包充值失败了', 'topup_failed'],
    ['can I add money with my Visa card', 'topup_methods'],
    ['does topping up with a Mastercard cost anything', 'fees'],
    ['send 2000 yuan to my HSBC account in Hong Kong', 'cross_border'],
    ['is OKPay cheaper than PayPal for sending money', 'fees'],
    ['can I pay with OKPay instead of Alipay at checkout', 'how_to_pay'],
    ['能用支付宝给OKPay充值吗', 'topup_methods'],
    ['my payment failed', 'payment_failed'],
    ['I need a statement for my visa application', 'balance_history'],
    ['转人工，微信支付的问题也想问', 'human_agent'],
  ])('"%s" stays with OKPay (%s)', (text, intent) => {
    expect(providerOf(text, intent)).toBeNull();
  });

  it('names the provider in both languages and says what kind it is', () => {
    expect(otherProviderIn(normalizeText('我的支付宝退款还没到'), 'refund')).toEqual({ id: 'alipay', kind: 'wallet', names: { en: 'Alipay', 'zh-CN': '支付宝' } });
    expect(otherProviderIn(normalizeText('Visa card declined in a shop'), 'payment_failed')?.kind).toBe('card_scheme');
    expect(otherProviderIn(normalizeText('建行网点几点开门'), 'contact_support')?.kind).toBe('bank');
  });

  it('never takes an in-scope knowledge-base example away from its intent', () => {
    const taken = KnowledgeBase.load()
      .trainingExamples()
      .filter((example) => otherProviderIn(normalizeText(example.text), example.intent) !== null)
      .map((example) => `${example.intent}: ${example.text}`);
    expect(taken).toEqual([]);
  });
});
