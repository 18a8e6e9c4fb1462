import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { LOCALES } from '@okpay/contracts';
import { BOT_MESSAGE_CATALOGS, BOT_MESSAGE_PARSE_OPTIONS, BotMessageId, botMessage } from './bot-messages';

/** The placeholder names a message uses, in its branches too. */
function placeholders(elements: readonly MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element) || isNumberElement(element) || isDateElement(element) || isTimeElement(element)) names.add(element.value);
    if (isSelectElement(element) || isPluralElement(element)) {
      names.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, names);
    }
    if (isTagElement(element)) placeholders(element.children, names);
  }
  return names;
}

const ids = Object.keys(BOT_MESSAGE_CATALOGS.en) as BotMessageId[];
const entries = LOCALES.flatMap((locale) => ids.map((id) => [locale, id] as const));

describe('bot message catalogs', () => {
  it('have the same keys in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(BOT_MESSAGE_CATALOGS[locale]).sort()).toEqual([...ids].sort());
  });

  it.each(entries)('%s %s parses as ICU and names the same placeholders as en', (locale, id) => {
    const names = placeholders(parse(BOT_MESSAGE_CATALOGS[locale][id], BOT_MESSAGE_PARSE_OPTIONS));
    expect([...names].sort()).toEqual([...placeholders(parse(BOT_MESSAGE_CATALOGS.en[id], BOT_MESSAGE_PARSE_OPTIONS))].sort());
  });

  // ICU reads a straight apostrophe before `{`, `}` or `#` as a quote and drops it: the text would lose it.
  it.each(entries)('%s %s keeps every apostrophe it is written with', (locale, id) => {
    const message = BOT_MESSAGE_CATALOGS[locale][id];
    const values = Object.fromEntries([...placeholders(parse(message, BOT_MESSAGE_PARSE_OPTIONS))].map((name) => [name, 2]));
    expect(botMessage(locale, id, values).split("'").length).toBe(message.split("'").length);
  });
});

describe('botMessage', () => {
  it('fills placeholders with formatted strings and numbers as given', () => {
    expect(botMessage('en', 'fees.quote.line', { operation: 'Sending CNY 1,000.00 abroad', fee: 'CNY 10.00', total: 'CNY 1,010.00', rule: '1%' })).toBe(
      '• Sending CNY 1,000.00 abroad: fee CNY 10.00, CNY 1,010.00 in all. The rule: 1%.',
    );
    expect(botMessage('zh-CN', 'handoff.urgentTicketOpened', { ticketNumber: 10234 })).toBe('我们已为您创建紧急工单 #10234。');
  });

  it('picks the plural form in English', () => {
    expect(botMessage('en', 'handoff.queuedWithWait', { position: 2, waitMinutes: 1 })).toContain('number 2 in the queue, about 1 minute.');
    expect(botMessage('en', 'handoff.queuedWithWait', { position: 2, waitMinutes: 5 })).toContain('about 5 minutes.');
  });

  it('counts the people ahead in Chinese (one fewer than the position)', () => {
    expect(botMessage('zh-CN', 'handoff.queuedWithWait', { position: 3, waitMinutes: 4 })).toContain('您前面还有 2 位，预计等待约 4 分钟');
    expect(botMessage('zh-CN', 'handoff.queued', { position: 1 })).toContain('您前面还有 0 位');
  });

  it('chooses the select branch, and leaves out what the branch does not use', () => {
    expect(botMessage('en', 'fees.rule', { percent: '1%', bounds: 'maximum', minimum: '', maximum: 'CNY 200.00' })).toBe('1% (max CNY 200.00)');
    expect(botMessage('zh-CN', 'fees.rule', { percent: '0.6%', bounds: 'none', minimum: '', maximum: '' })).toBe('0.6%');
  });

  it('refuses a message whose placeholder has no value', () => {
    expect(() => botMessage('en', 'handoff.ticketOpened')).toThrow(/ticketNumber/);
  });
});
