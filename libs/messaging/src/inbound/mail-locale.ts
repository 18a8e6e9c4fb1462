import { Locale } from '@okpay/contracts';

/** The language to answer an unknown sender in: Chinese when they wrote Chinese. */
export function localeOfMail(subject: string, text: string): Locale {
  return /[\u3400-\u9fff]/.test(`${subject} ${text.slice(0, 2000)}`) ? 'zh-CN' : 'en';
}
