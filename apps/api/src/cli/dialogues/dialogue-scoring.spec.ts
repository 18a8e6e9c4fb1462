import { parseDialogueFile } from './dialogue-file';
import { formatDialogueReport } from './dialogue-report';
import { checkTurn, ObservedReply, scoreDialogues } from './dialogue-scoring';

const reply = (intent: ObservedReply['intent'], text: string, extra: Partial<ObservedReply> = {}): ObservedReply => ({
  intent,
  confidence: 0.9,
  text,
  quickReplyLabels: [],
  handoff: false,
  ...extra,
});

/** Three dialogues of our own with known figures: one passes, two fail in different ways. */
const FILE = [
  JSON.stringify({
    id: 'unit-fees-en-1',
    locale: 'en',
    as: 'visitor',
    turns: [
      { say: 'what does a transfer to Canada cost', expect: { intent: 'fees', any: ['CNY 7.00', '¥7.00'] } },
      { say: 'cheers', expect: { intent: 'thanks', handoff: false } },
    ],
  }),
  '',
  JSON.stringify({
    id: 'unit-fees-zh-1',
    locale: 'zh-CN',
    as: 'lily@okpay.test',
    turns: [
      { say: '寄钱去加拿大收多少', expect: { intent: ['fees', 'cross_border'], all: ['手续费', '¥7'] } },
      { say: '支付宝转账失败了', expect: { oos: true, none: ['88.20'] } },
    ],
  }),
  JSON.stringify({
    id: 'unit-agent-en-1',
    locale: 'en',
    as: 'visitor',
    turns: [
      { say: 'put me through to someone', expect: { intent: 'human_agent', handoff: true } },
      { say: 'what is the gold price', expect: { intent: 'fees' } },
    ],
  }),
].join('\n');

const REPLIES: ObservedReply[][] = [
  // The amount is only on a button, written without the space: `any` looks at buttons too.
  [reply('fees', 'Transfers abroad cost 0.5%.', { quickReplyLabels: ['cny7.00 for this one'] }), reply('thanks', "You're welcome!")],
  // A full-width ￥ matches ¥; then an in-scope answer where out of scope was expected, with the account's balance.
  [reply('cross_border', '跨境转账 手续费 ￥7.00'), reply('payment_failed', '您的余额 ¥88.20 不足')],
  // No handoff where one was expected; then out of scope where fees were expected: wrong, but not confident.
  [reply('human_agent', 'One moment.'), reply('out_of_scope', "I can't help with that.")],
];

describe('dialogue scoring', () => {
  const dialogues = parseDialogueFile(FILE);
  const report = scoreDialogues(dialogues.map((dialogue, i) => ({ dialogue, replies: REPLIES[i] })));

  it('counts dialogues passed overall, per locale and per topic', () => {
    expect(report.dialoguesPassed).toEqual({ count: 1, of: 3 });
    expect(report.dialoguesPassedByLocale).toEqual({ en: { count: 1, of: 2 }, 'zh-CN': { count: 0, of: 1 } });
    expect(report.dialoguesPassedByTopic).toEqual({ agent: { count: 0, of: 1 }, fees: { count: 1, of: 2 } });
  });

  it('counts turns, intents, wrong confident answers, grounded facts, handoffs and "none" violations', () => {
    expect(report.turnsPassed).toEqual({ count: 3, of: 6 });
    expect(report.intentAccuracy).toEqual({ count: 4, of: 6 });
    expect(report.wrongConfidentAnswers).toEqual({ count: 1, of: 6 });
    expect(report.groundedFactAccuracy).toEqual({ count: 2, of: 2 });
    expect(report.handoffAccuracy).toEqual({ count: 1, of: 2 });
    expect(report.noneViolations).toEqual({ count: 1, of: 1 });
  });

  it('lists each failed turn with what did not hold', () => {
    expect(report.failures.map((f) => [f.dialogueId, f.turn, f.problems])).toEqual([
      ['unit-fees-zh-1', 2, ['oos: expected out_of_scope, got payment_failed (0.90)', 'none: "88.20" appears']],
      ['unit-agent-en-1', 1, ['handoff: expected a handoff, got none']],
      ['unit-agent-en-1', 2, ['intent: expected fees, got out_of_scope (0.90)']],
    ]);
  });

  it('prints the figures, and the failed turns only when verbose', () => {
    const quiet = formatDialogueReport(report, false);
    expect(quiet).toContain('dialogues passed: 1 of 3 (33.3%)');
    expect(quiet).toContain('by locale: en 1/2, zh-CN 0/1');
    expect(quiet).toContain('turns passed: 3 of 6 (50.0%)');
    expect(quiet).toContain('wrong confident answers: 1 of 6 (16.7%)');
    expect(quiet).not.toContain('unit-agent-en-1');
    expect(formatDialogueReport(report, true)).toContain('- unit-agent-en-1 turn 2: "what is the gold price"');
  });
});

describe('one turn', () => {
  it('matches after NFKC, lower-casing and taking out whitespace', () => {
    expect(checkTurn({ all: ['CNY 5.00', '￥12', 'ＯＫＰａｙ'] }, reply('fees', 'cny5.00 or ¥ 12 via okpay')).passed).toBe(true);
  });

  it('looks for "all" in the text only, and for "any" and "none" in the buttons too', () => {
    const withButton = reply('refund', 'Which payment?', { quickReplyLabels: ['Blue Harbor Coffee ¥120.50'] });
    expect(checkTurn({ any: ['120.50'] }, withButton).passed).toBe(true);
    expect(checkTurn({ none: ['120.50'] }, withButton).passed).toBe(false);
    expect(checkTurn({ all: ['120.50'] }, withButton).problems).toEqual(['all: "120.50" missing from the text']);
  });

  it('needs every string of "all" and one of "any"', () => {
    expect(checkTurn({ any: ['a1', 'b2'], all: ['x', 'y'] }, reply('fees', 'b2 x')).problems).toEqual(['all: "y" missing from the text']);
    expect(checkTurn({ any: ['a1', 'b2'] }, reply('fees', 'c3')).problems).toEqual(['any: none of "a1", "b2" appears']);
  });

  it('takes a list of intents as any one of them, and "oos: false" as any intent in scope', () => {
    expect(checkTurn({ intent: ['refund', 'cancel_transaction'] }, reply('cancel_transaction', '')).passed).toBe(true);
    const outOfScope = checkTurn({ oos: false }, reply('out_of_scope', ''));
    expect(outOfScope).toMatchObject({ passed: false, intentCorrect: false, wrongConfident: false });
  });

  it('leaves out the checks a turn does not ask for', () => {
    expect(checkTurn({}, reply('greeting', 'Hi'))).toEqual({
      passed: true,
      problems: [],
      intentCorrect: undefined,
      wrongConfident: false,
      groundedCorrect: undefined,
      handoffCorrect: undefined,
      noneViolated: undefined,
    });
  });
});
