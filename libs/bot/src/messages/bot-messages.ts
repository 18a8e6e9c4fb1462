import { Locale } from '@okpay/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import { BotMessageId, en } from './en';
import { zhCN } from './zh-CN';

/*
 * Every sentence the bot says lives in the catalogs beside this file, `en.ts` and `zh-CN.ts`, as an
 * ICU message under a flat dotted key (`'handoff.queued'`); code asks for it with
 * `botMessage(locale, 'handoff.queued', { position })` and never branches on the locale for wording.
 * To add a message: add the key to `en.ts` (that makes it a `BotMessageId`), then to `zh-CN.ts`
 * (the compiler refuses a catalog without it). Both must use the same placeholder names, which the
 * spec checks. Pass money, dates and names already formatted, as strings; pass counts as numbers
 * and let the message pick the words (`{count, plural, one {# day} other {# days}}`). An optional
 * clause is a second message (`handoff.ticketOpened` / `handoff.ticketOpenedUntil`), not a
 * fragment glued on in code, because word order differs between the languages.
 * A straight apostrophe before `{`, `}`, `#` or another apostrophe quotes in ICU: write `’` there.
 */

export type { BotMessageId } from './en';

export const BOT_MESSAGE_CATALOGS: Readonly<Record<Locale, Readonly<Record<BotMessageId, string>>>> = { en, 'zh-CN': zhCN };

/** What fills a message's placeholders: numbers for counts (plurals), strings for anything already formatted. */
export type BotMessageValues = Readonly<Record<string, string | number>>;

/** Options for compiling a catalog message: text, not markup, so `<` is never a tag. */
export const BOT_MESSAGE_PARSE_OPTIONS = { ignoreTag: true } as const;

// Compiling parses the message; formatting a compiled one takes a few microseconds, and runs every turn.
const compiled: Readonly<Record<Locale, Map<BotMessageId, IntlMessageFormat>>> = { en: new Map(), 'zh-CN': new Map() };

/** The message `id` in `locale`, its placeholders filled from `values`. Throws when a placeholder has no value. */
export function botMessage(locale: Locale, id: BotMessageId, values?: BotMessageValues): string {
  let format = compiled[locale].get(id);
  if (!format) {
    format = new IntlMessageFormat(BOT_MESSAGE_CATALOGS[locale][id], locale, undefined, BOT_MESSAGE_PARSE_OPTIONS);
    compiled[locale].set(id, format);
  }
  return format.format<string>(values) as string;
}
