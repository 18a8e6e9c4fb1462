import { BotKnowledge, IntentPrediction } from '@okpay/bot';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z';
/** The messages the classifier below finds a close call between two intents, one per locale. */
const BORDERLINE = { en: 'borderline message', 'zh-CN': '模棱两可的消息' };
/** A question no wallet article answers, per locale. */
const OFF_TOPIC = { en: 'what is the capital of Australia', 'zh-CN': '澳大利亚的首都是哪里' };

/**
 * The real knowledge base and model, except that one message gets a close call: which messages the
 * model finds borderline changes with every retraining, the dialog's answer to a close call must not.
 */
function knowledgeWithACloseCall(): BotKnowledge {
  const real = BotKnowledge.load();
  const closeCall: IntentPrediction = {
    intent: 'refund',
    confidence: 0.46,
    ranked: [
      { intent: 'refund', probability: 0.46 },
      { intent: 'cancel_transaction', probability: 0.4 },
      { intent: 'payment_failed', probability: 0.05 },
    ],
  };
  const classifier = { classify: (text: string) => (Object.values(BORDERLINE).includes(text) ? closeCall : real.classifier.classify(text)) };
  return Object.create(real, { classifier: { get: () => classifier } }) as BotKnowledge;
}

describe('bot dialog', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00, overrides: [{ provide: BotKnowledge, useValue: knowledgeWithACloseCall() }] });
  });
  afterAll(() => t.close());

  const ask = (text: string, extra: Record<string, unknown> = {}) => t.http().post('/api/v1/bot/messages').send({ text, ...extra }).expect(200);

  it.each<[keyof typeof BORDERLINE, RegExp]>([
    ['en', /^Just to be sure, which of these is it\? Reply with its number:\n1\. Refunds\n2\. Cancel a transaction$/],
    ['zh-CN', /^想确认一下，您问的是哪一项？请回复序号：\n1\. 退款\n2\. 取消交易$/],
  ])('asks which of two close intents was meant (%s), and each button answers its intent', async (locale, question) => {
    const response = await ask(BORDERLINE[locale]);
    expect(response.body.reply.text).toMatch(question);
    expect(response.body.handoff).toBeNull();
    const buttons = response.body.reply.quickReplies as { label: string; text: string }[];
    expect(buttons).toHaveLength(2);

    const intents = [];
    for (const button of buttons) {
      const again = await ask(BORDERLINE[locale]);
      intents.push((await ask(button.text, { conversationId: again.body.conversationId })).body.intent);
    }
    expect(intents).toEqual(['refund', 'cancel_transaction']);
  });

  it.each<[keyof typeof BORDERLINE, string, string]>([
    ['en', 'the second one', 'cancel_transaction'],
    ['en', 'cancelling it', 'cancel_transaction'],
    ['zh-CN', '第一个', 'refund'],
    ['zh-CN', '退款吧', 'refund'],
  ])('takes an answer to its clarifying question in words or by ordinal (%s: "%s")', async (locale, answer, intent) => {
    const question = await ask(BORDERLINE[locale]);
    const reply = await ask(answer, { conversationId: question.body.conversationId });
    expect(reply.body.intent).toBe(intent);
    expect(reply.body.reply.text).not.toMatch(/^Just to be sure|^想确认一下/);
  });

  it.each<keyof typeof OFF_TOPIC>(['en', 'zh-CN'])('offers, out of scope, buttons that each lead to an answer (%s)', async (locale) => {
    const response = await ask(OFF_TOPIC[locale], { locale });
    expect(response.body.intent).toBe('out_of_scope');
    const buttons = response.body.reply.quickReplies as { label: string; text: string }[];
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const button of buttons) {
      const answer = await ask(button.text, { locale });
      expect({ button: button.text, intent: answer.body.intent }).not.toMatchObject({ intent: 'out_of_scope' });
      expect(answer.body.reply.text).not.toMatch(/^Just to be sure|^想确认一下/);
    }
  });

  it('numbers the turns of a conversation 1, 2, 3… even when messages arrive at once', async () => {
    const first = await ask('how do I top up my wallet');
    const conversationId = first.body.conversationId as string;
    await Promise.all(Array.from({ length: 12 }, (_, i) => ask(`what fees do you charge ${i}`, { conversationId })));
    const db = t.app.get(DataSource);
    const turns: { seq: number }[] = await db.query(`SELECT seq FROM bot_turns WHERE conversation_id = $1 ORDER BY seq`, [conversationId]);
    expect(turns.map((turn) => turn.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    const [conversation] = await db.query(`SELECT turn_count FROM bot_conversations WHERE id = $1`, [conversationId]);
    expect(conversation.turn_count).toBe(13);
  });
});
