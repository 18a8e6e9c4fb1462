import type { Locale } from '@okpay/contracts';

/** The inbox's language: zh-CN for a browser set to any Chinese, English otherwise. */
export function browserLocale(language: string = navigator.language): Locale {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
