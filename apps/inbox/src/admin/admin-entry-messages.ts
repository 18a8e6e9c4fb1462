import { browserLocale } from '../browser-locale';

/** The few words shown before the admin console's own catalog has loaded (kept tiny: they ship in the first load). */
const ENTRY_MESSAGES = {
  en: { admin: 'Administration', loading: 'Loading the admin console…', unavailable: 'The admin console could not load. Reload the page to try again.' },
  'zh-CN': { admin: '管理', loading: '正在加载管理控制台…', unavailable: '管理控制台无法加载，请刷新页面重试。' },
} as const;

export function adminEntryMessages(language?: string) {
  return ENTRY_MESSAGES[browserLocale(language)];
}
