import { browserLocale } from './browser-locale';

/** What collision detection says, in the inbox's two languages. */
const COLLISION_MESSAGES = {
  en: {
    viewing: (names: string) => `Also here: ${names}`,
    typing: (names: string) => `${names} typing…`,
    changed: 'This ticket changed since you opened it (someone replied or changed it). Send your reply anyway?',
  },
  'zh-CN': {
    viewing: (names: string) => `同时在看：${names}`,
    typing: (names: string) => `${names} 正在输入…`,
    changed: '您打开此工单后它已被更新（有人回复或修改）。仍要发送您的回复吗？',
  },
} as const;

export function collisionMessages(language?: string) {
  return COLLISION_MESSAGES[browserLocale(language)];
}
