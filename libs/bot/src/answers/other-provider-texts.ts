import { Locale } from '@okpay/contracts';
import { ProviderKind } from '../understanding/other-provider';

/**
 * What the bot says about another provider, per locale and kind: plainly that it only helps with
 * OKPay, who can help instead, and what OKPay itself does that relates (never account data).
 */
export const OTHER_PROVIDER_TEXTS: Readonly<Record<Locale, Readonly<Record<ProviderKind, (name: string) => string>>>> = {
  en: {
    wallet: (name) =>
      `This sounds like a question about ${name}, which is a different service from OKPay. I can only help with OKPay, so I can't see or change anything in ${name}: ` +
      `for its payments, refunds, limits or account, please use the ${name} app or its customer service (for a refund of something you bought, the merchant you paid). ` +
      `If something went wrong in your OKPay wallet, tell me what happened there and I'll help.`,
    bank: (name) =>
      `This sounds like a question for ${name}. I can only help with OKPay, so I can't see your bank account or cards: statements, card bills, declined bank cards and branch questions are for ${name}'s app or customer service. ` +
      `Where OKPay comes in: you can top up your OKPay wallet from a bank card or by bank transfer.`,
    card_scheme: (name) =>
      `${name} is a card network: your card and its bill come from the bank that issued it, so a declined card or a charge on the card is for that bank. I can only help with OKPay. ` +
      `Where OKPay comes in: you can top up your OKPay wallet with a debit or credit card.`,
  },
  'zh-CN': {
    wallet: (name) =>
      `这听起来是关于${name}的问题，${name}和 OKPay 是不同的服务。我只能处理 OKPay 的问题，看不到也无法操作${name}里的任何内容：` +
      `${name}的付款、退款、限额或账户问题，请通过${name}的 App 或客服处理(购物退款也可以联系您付款的商家)。` +
      `如果是您 OKPay 钱包里出了问题，请告诉我具体情况，我来帮您。`,
    bank: (name) =>
      `这听起来需要${name}来处理。我只能处理 OKPay 的问题，看不到您的银行账户或银行卡：对账单、信用卡账单、银行卡被拒和网点业务，请通过${name}的 App 或客服办理。` +
      `和 OKPay 有关的是：您可以用银行卡或银行转账给 OKPay 钱包充值。`,
    card_scheme: (name) =>
      `${name}是卡组织：您的卡和账单都来自发卡银行，卡被拒或卡上的扣款请联系发卡银行。我只能处理 OKPay 的问题。` +
      `和 OKPay 有关的是：您可以用借记卡或信用卡给 OKPay 钱包充值。`,
  },
};
