import { Locale } from '@okpay/contracts';
import { KycTier } from '@okpay/wallet-core';
import { botMessage } from '../messages/bot-messages';

function tierNamesIn(locale: Locale): Readonly<Record<KycTier, string>> {
  return { unverified: botMessage(locale, 'tier.unverified'), basic: botMessage(locale, 'tier.basic'), full: botMessage(locale, 'tier.full') };
}

/**
 * The one name of each identity-verification tier per locale (the `tier.*` messages), in answers
 * and articles alike (the terminology test holds the articles to these and refuses the synonyms).
 */
export const TIER_NAMES: Readonly<Record<Locale, Readonly<Record<KycTier, string>>>> = { 'zh-CN': tierNamesIn('zh-CN'), en: tierNamesIn('en') };
