import { randomUUID } from 'node:crypto';
import { createValidationPipe } from '../http/validation';
import { BotMessageDto } from './bot.dto';
import { BotMessageBodyPipe } from './bot-message-body.pipe';

/** What the validation pipe makes of a body: the fields it keeps (toEqual looks past the class), or the problems it reports. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return { accepted: await run() };
  } catch (error) {
    return { refused: (error as { problems?: unknown }).problems ?? String(error) };
  }
}

describe('BotMessageBodyPipe', () => {
  const validation = createValidationPipe();
  const pipe = new BotMessageBodyPipe();

  it.each([
    ['a question', { text: 'why did my payment fail' }],
    ['every field', { text: '我要退款', locale: 'zh-CN', conversationId: randomUUID() }],
    ['nulls for the optional fields', { text: 'hi', locale: null, conversationId: null }],
    ['an emoji at the limit', { text: `${'x'.repeat(1999)}😀` }],
    ['an empty text', { text: '' }],
    ['a text too long', { text: 'x'.repeat(2001) }],
    ['no text', { locale: 'en' }],
    ['a number for text', { text: 42 }],
    ['an unknown locale', { text: 'hi', locale: 'fr' }],
    ['a conversation id that is no UUID', { text: 'hi', conversationId: 'abc' }],
    ['an unknown field', { text: 'hi', admin: true }],
    ['an array', [{ text: 'hi' }]],
    ['null', null],
    ['a string', 'hi'],
  ])('decides %s as the validation pipe does', async (_, body) => {
    expect(await outcome(() => pipe.transform(body))).toEqual(await outcome(() => validation.transform(body, { type: 'body', metatype: BotMessageDto })));
  });
});
