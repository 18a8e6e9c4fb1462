import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDialogueFile } from '../apps/api/src/cli/dialogues/dialogue-file';
import { playDialogues } from '../apps/api/src/cli/dialogues/dialogue-player';
import { scoreDialogues } from '../apps/api/src/cli/dialogues/dialogue-scoring';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Dialogues of our own (not the dev set's) that any version of the bot should score the same way:
 * a signed-in customer's balance, a visitor who never sees account data, and one dialogue that
 * fails by construction (no bot hands a greeting to people, or calls a top-up question out of scope).
 */
const DIALOGUES = [
  {
    id: 'e2e-balance-en-1',
    locale: 'en',
    as: 'lily@okpay.test',
    turns: [
      { say: 'hello there', expect: { intent: 'greeting', handoff: false } },
      { say: "what's my balance", expect: { intent: 'balance_history', any: ['CNY 300.00', '¥300.00'] } },
    ],
  },
  {
    id: 'e2e-balance-zh-1',
    locale: 'zh-CN',
    as: 'visitor',
    turns: [
      { say: '我的余额是多少', expect: { none: ['300.00', '580.50'] } },
      { say: '谢谢', expect: { intent: 'thanks' } },
    ],
  },
  {
    id: 'e2e-topup-en-1',
    locale: 'en',
    as: 'visitor',
    turns: [
      { say: 'hey', expect: { handoff: true } },
      { say: 'how do I top up my wallet', expect: { oos: true } },
    ],
  },
];

describe('bot:dialogues against the real app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('plays each dialogue as one conversation and reports the figures those dialogues get', async () => {
    const played = await playDialogues(t.app, parseDialogueFile(DIALOGUES.map((d) => JSON.stringify(d)).join('\n')));
    const report = scoreDialogues(played);

    expect(report.dialoguesPassed).toEqual({ count: 2, of: 3 });
    expect(report.dialoguesPassedByLocale).toEqual({ en: { count: 1, of: 2 }, 'zh-CN': { count: 1, of: 1 } });
    expect(report.turnsPassed).toEqual({ count: 4, of: 6 });
    expect(report.intentAccuracy).toEqual({ count: 3, of: 4 });
    expect(report.wrongConfidentAnswers).toEqual({ count: 1, of: 4 });
    expect(report.groundedFactAccuracy).toEqual({ count: 1, of: 1 });
    expect(report.handoffAccuracy).toEqual({ count: 1, of: 2 });
    expect(report.noneViolations).toEqual({ count: 0, of: 1 });
    expect(report.failures.map((f) => [f.dialogueId, f.turn])).toEqual([
      ['e2e-topup-en-1', 1],
      ['e2e-topup-en-1', 2],
    ]);

    // The conversationId of the first reply went with the second turn: three conversations of two turns.
    const perConversation: { turns: number }[] = await t.app.get(DataSource).query('SELECT count(*)::int AS turns FROM bot_turns GROUP BY conversation_id');
    expect(perConversation.map((c) => c.turns)).toEqual([2, 2, 2]);
  });

  // Issue #14's floor on the public dev set, so a change that breaks a conversation kind shows here
  // and not only in `npm run bot:dialogues`. The sealed file is never played in tests.
  it('keeps the dev dialogues at the floor: 90% of dialogues, 95% of turns, at most 2% wrong confident answers', async () => {
    // As `npm run bot:dialogues` does: one address plays every turn, so the per-address limit is lifted.
    const devApp = await startTestApp({ env: { RATE_LIMITS: 'bot_message.address=1000000/60,bot_message.identity=1000000/60' } });
    try {
      const file = readFileSync(join(__dirname, 'fixtures', 'dialogues-dev.jsonl'), 'utf8');
      const report = scoreDialogues(await playDialogues(devApp.app, parseDialogueFile(file)));
      expect(report.dialoguesPassed.count / report.dialoguesPassed.of).toBeGreaterThanOrEqual(0.9);
      expect(report.turnsPassed.count / report.turnsPassed.of).toBeGreaterThanOrEqual(0.95);
      expect(report.wrongConfidentAnswers.count / report.wrongConfidentAnswers.of).toBeLessThanOrEqual(0.02);
    } finally {
      await devApp.close();
    }
  }, 180_000);
});
