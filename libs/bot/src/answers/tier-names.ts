import { Locale } from '@okpay/contracts';
import { KycTier } from '@okpay/wallet-core';

/**
 * The one name of each identity-verification tier per locale, in answers and articles alike
 * (the terminology test holds the articles to these and refuses the synonyms).
 */
export const TIER_NAMES: Readonly<Record<Locale, Readonly<Record<KycTier, string>>>> = {
  'zh-CN': { unverified: '未认证', basic: '基础认证', full: '高级认证' },
  en: { unverified: 'unverified', basic: 'basic', full: 'full' },
};
