import type { Locale } from '@okpay/contracts';
import { isLocale } from '@okpay/contracts';

const CHOICE_KEY = 'okpay-inbox:locale';

/**
 * The inbox's language: the one the agent picked (kept in this browser), else zh-CN for a
 * browser set to any Chinese, English otherwise. Pass `language` to ask for a given browser language.
 */
export function browserLocale(language?: string): Locale {
  if (language !== undefined) return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const chosen = readChoice();
  return chosen ?? browserLocale(navigator.language);
}

/** The agent's pick, kept across sessions in this browser. */
export function saveLocaleChoice(locale: Locale): void {
  try {
    localStorage.setItem(CHOICE_KEY, locale);
  } catch {
    // storage refused (private mode): the choice lasts until reload
  }
  document.documentElement.lang = locale;
}

function readChoice(): Locale | null {
  try {
    const stored = localStorage.getItem(CHOICE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}
