import { IntentId, Locale } from '@okpay/contracts';

/** What kind of company the customer named: it decides what OKPay can still do for them. */
export type ProviderKind = 'wallet' | 'bank' | 'card_scheme';

export interface OtherProvider {
  readonly id: string;
  readonly kind: ProviderKind;
  readonly names: Readonly<Record<Locale, string>>;
}

interface LexiconEntry extends OtherProvider {
  /** Matched against the normalized message (lower case, simplified Chinese). */
  readonly pattern: RegExp;
}

const entry = (id: string, kind: ProviderKind, en: string, zh: string, pattern: RegExp): LexiconEntry => ({ id, kind, names: { en, 'zh-CN': zh }, pattern });

/**
 * Wallets, banks and card schemes customers name, in both languages. Latin names are matched as
 * whole words; Chinese names as substrings (Chinese has no spaces), so each is long enough not to
 * occur inside an ordinary word.
 */
const LEXICON: readonly LexiconEntry[] = [
  entry('alipay', 'wallet', 'Alipay', '支付宝', /\bali ?pay\b|支付宝|花呗|借呗|余额宝/),
  entry('wechat_pay', 'wallet', 'WeChat Pay', '微信支付', /\bwe ?chat ?pay\b|\bweixin ?pay\b|微信支付|微信零钱|零钱通/),
  entry('wechat', 'wallet', 'WeChat', '微信', /\bwe ?chat\b|\bweixin\b|微信/),
  entry('paypal', 'wallet', 'PayPal', 'PayPal', /\bpay ?pal\b|贝宝/),
  entry('apple_pay', 'wallet', 'Apple Pay', 'Apple Pay', /\bapple ?pay\b/),
  entry('google_pay', 'wallet', 'Google Pay', 'Google Pay', /\bgoogle ?pay\b|\bgpay\b/),
  entry('samsung_pay', 'wallet', 'Samsung Pay', 'Samsung Pay', /\bsamsung ?pay\b/),
  entry('venmo', 'wallet', 'Venmo', 'Venmo', /\bvenmo\b/),
  entry('cash_app', 'wallet', 'Cash App', 'Cash App', /\bcash ?app\b/),
  entry('revolut', 'wallet', 'Revolut', 'Revolut', /\brevolut\b/),
  entry('wise', 'wallet', 'Wise', 'Wise', /\bwise (?:app|account|transfer|card)\b|\btransferwise\b/),
  entry('zelle', 'wallet', 'Zelle', 'Zelle', /\bzelle\b/),
  entry('western_union', 'wallet', 'Western Union', '西联汇款', /\bwestern union\b|西联/),
  entry('jd_pay', 'wallet', 'JD Pay', '京东支付', /\bjd ?pay\b|京东支付|京东白条|白条/),
  entry('meituan_pay', 'wallet', 'Meituan Pay', '美团支付', /美团支付|美团月付/),
  entry('cloud_quickpass', 'wallet', 'UnionPay QuickPass', '云闪付', /\bquick ?pass\b|云闪付/),
  entry('unionpay', 'card_scheme', 'UnionPay', '银联', /\bunion ?pay\b|银联/),
  entry('visa', 'card_scheme', 'Visa', 'Visa', /\bvisa (?:card|debit|credit)\b|\bvisa卡|\bvisa\b.*\b(?:declined|charged?|chargeback)\b/),
  entry('mastercard', 'card_scheme', 'Mastercard', '万事达', /\bmaster ?card\b|万事达/),
  entry('amex', 'card_scheme', 'American Express', '美国运通', /\bamex\b|\bamerican express\b|美国运通/),
  entry('jcb', 'card_scheme', 'JCB', 'JCB', /\bjcb\b/),
  entry('icbc', 'bank', 'ICBC', '工商银行', /\bicbc\b|工商银行|工行/),
  entry('ccb', 'bank', 'China Construction Bank', '建设银行', /\bccb\b|\bchina construction bank\b|建设银行|建行/),
  entry('abc', 'bank', 'Agricultural Bank of China', '农业银行', /\bagricultural bank\b|农业银行|农行/),
  entry('boc', 'bank', 'Bank of China', '中国银行', /\bbank of china\b|中国银行|中行/),
  entry('bocom', 'bank', 'Bank of Communications', '交通银行', /\bbank of communications\b|交通银行|交行/),
  entry('cmb', 'bank', 'China Merchants Bank', '招商银行', /\bchina merchants bank\b|\bcmb\b|招商银行|招行/),
  entry('psbc', 'bank', 'Postal Savings Bank', '邮储银行', /\bpostal savings bank\b|邮储银行|邮政储蓄/),
  entry('citic', 'bank', 'China CITIC Bank', '中信银行', /\bcitic\b|中信银行/),
  entry('spdb', 'bank', 'SPD Bank', '浦发银行', /\bspdb\b|浦发银行|浦发/),
  entry('ping_an', 'bank', 'Ping An Bank', '平安银行', /\bping an bank\b|平安银行/),
  entry('hsbc', 'bank', 'HSBC', '汇丰银行', /\bhsbc\b|汇丰/),
  entry('standard_chartered', 'bank', 'Standard Chartered', '渣打银行', /\bstandard chartered\b|渣打/),
  entry('citibank', 'bank', 'Citibank', '花旗银行', /\bciti ?bank\b|\bciti\b|花旗/),
  entry('chase', 'bank', 'Chase', '大通银行', /\bchase (?:bank|card|account|app|sapphire)\b|\bjp ?morgan\b/),
  entry('bank_of_america', 'bank', 'Bank of America', '美国银行', /\bbank of america\b|\bbofa\b|美国银行/),
  entry('wells_fargo', 'bank', 'Wells Fargo', '富国银行', /\bwells fargo\b|富国银行/),
  entry('barclays', 'bank', 'Barclays', '巴克莱', /\bbarclays\b|巴克莱/),
  entry('dbs', 'bank', 'DBS', '星展银行', /\bdbs\b|星展/),
  // "My bank", unnamed: only when the bank's own product is the subject (its app, its card bill, its branch).
  entry('own_bank', 'bank', 'your bank', '您的银行', /\bmy bank(?:'s)? (?:app|website|branch|statement|atm|loan)\b|\bbank app\b|银行(?:app|客户端|网点|柜台|贷款)|(?:银行)?信用卡(?:账单|还款|年费|额度)|\bcredit card (?:bill|statement|annual fee|limit|debt)\b/),
];

const FUNDING_CUE =
  /\btopup\b|\btopp(?:ing|ed) up\b|\brecharg|\b(?:add|load)(?:ing|ed)? (?:money|funds|cash)\b|\bfund (?:my|the) (?:wallet|okpay)\b|\b(?:link|bind|add|connect|use)(?:ing)? (?:a |my |the )?(?:\w+ )?(?:card|bank|account)\b.*\b(?:okpay|wallet)\b|(?<![补冒扩])充(?![电满分当])|绑卡|绑定(?:银行卡|.{0,6}卡)|加钱|转入(?:okpay|钱包)/;
const OKPAY_NAMED = /\bokpay\b|\bok ?pay\b|ok钱包/;
/** "OKPay vs PayPal", "pay a card bill through OKPay": another provider is named, but the question is about OKPay. */
const ABOUT_OKPAY_WITH_OTHER =
  /\bokpay\b.*\b(?:instead of|vs|versus|or|like|than|from|with|to)\b|\b(?:instead of|vs|versus|than|from|with|to|through|via|using|in|on|by)\b.*\bokpay\b|okpay.*(?:和|跟|比|还是|转到|转给|充值)|(?:用|从|把|和|跟|比|通过|在).{0,8}okpay/;
/** "Can I sign up with my WeChat number", "do you have a WeChat account": asking what OKPay offers. */
const WHAT_OKPAY_OFFERS =
  /\bdo you (?:have|offer|support|accept|take)\b|\bcan i (?:signup|register|login|signin|pay|topup) (?:with|using|via|through|from|by)\b|你们(?:有|支持|接受)|有.{0,6}(?:公众号|客服)|(?:能|可以)(?:用|从).{0,8}(?:注册|登录|充值|付款|支付)/;

/**
 * Is the message about another wallet, bank or card scheme rather than OKPay? A provider's name
 * alone does not decide it: "top up OKPay from my ICBC card" is OKPay's business (a top-up), while
 * "my ICBC card was declined at the supermarket" is the bank's. Returns the provider when the
 * message is theirs to answer, or null when it stays with the classified intent.
 */
export function otherProviderIn(normalizedText: string, intent: IntentId): OtherProvider | null {
  const named = LEXICON.find((provider) => provider.pattern.test(normalizedText));
  if (!named) return null;
  if (OKPAY_NAMED.test(normalizedText) && ABOUT_OKPAY_WITH_OTHER.test(normalizedText)) return null;
  if (WHAT_OKPAY_OFFERS.test(normalizedText)) return null;
  // Topping up from another wallet is not offered, which the top-up article says: still OKPay's answer.
  // The words decide, not the intent: "my ICBC card was declined" reads like a failed top-up to the model.
  if (FUNDING_CUE.test(normalizedText)) return null;
  if (intent === 'cross_border' && named.kind === 'bank') return null;
  // Asking how to reach or talk to OKPay names nobody else's product.
  if (intent === 'human_agent' || intent === 'complaint' || intent === 'callback_request') return null;
  const { id, kind, names } = named;
  return { id, kind, names };
}

/** Every named bank's pattern in one, compiled once: this runs on every message the classifier sees. */
const NAMED_BANK = new RegExp(
  LEXICON.filter((provider) => provider.kind === 'bank' && provider.id !== 'own_bank')
    .map((bank) => bank.pattern.source)
    .join('|'),
  'g',
);

/**
 * The message with each named bank replaced by the plain word for a bank: the classifier learnt
 * "top up from my bank card", not every bank's name, and a bank's name says nothing about the intent.
 */
export function withBankNamesPlain(normalizedText: string): string {
  return normalizedText.replace(NAMED_BANK, (name) => (/[a-z]/.test(name) ? 'bank' : '银行'));
}
