import { Locale } from '@okpay/contracts';
import { botMessage } from '../messages/bot-messages';
import { ProviderKind } from '../understanding/other-provider';

type ProviderText = (name: string) => string;

function textsIn(locale: Locale): Readonly<Record<ProviderKind, ProviderText>> {
  const text = (kind: ProviderKind): ProviderText => (name) => botMessage(locale, `otherProvider.${kind}`, { name });
  return { wallet: text('wallet'), bank: text('bank'), card_scheme: text('card_scheme') };
}

/**
 * What the bot says about another provider, per locale and kind (the `otherProvider.*` messages):
 * plainly that it only helps with OKPay, who can help instead, and what OKPay itself does that
 * relates (never account data).
 */
export const OTHER_PROVIDER_TEXTS: Readonly<Record<Locale, Readonly<Record<ProviderKind, ProviderText>>>> = { en: textsIn('en'), 'zh-CN': textsIn('zh-CN') };
