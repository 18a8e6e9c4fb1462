import { BotKnowledge, evaluateClassifier } from '@okpay/bot';
import { INTENT_IDS, IntentId } from '@okpay/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface HoldoutLine {
  readonly text: string;
  readonly locale: string;
  readonly intent: IntentId;
}

/**
 * The bot against messages written apart from its training examples (test/fixtures/bot-holdout.jsonl):
 * what new customers' wording gets, not what the knowledge base's own phrasing gets. The floors sit a
 * few points under what was measured (en 93.6% in scope, 87.9% out-of-scope recall; zh-CN 94.9%,
 * 96.9%), so a change that makes the bot generalise clearly worse fails here.
 */
describe('bot on held-out messages', () => {
  const lines: HoldoutLine[] = readFileSync(join(__dirname, 'fixtures', 'bot-holdout.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HoldoutLine);
  // Trained (and cached on disk) by the e2e global setup.
  const knowledge = BotKnowledge.load();

  const FLOORS: Record<string, { inScopeAccuracy: number; outOfScopeRecall: number }> = {
    en: { inScopeAccuracy: 0.9, outOfScopeRecall: 0.8 },
    'zh-CN': { inScopeAccuracy: 0.92, outOfScopeRecall: 0.9 },
  };

  it.each(Object.keys(FLOORS))('%s: in-scope accuracy and out-of-scope recall stay above their floors', (locale) => {
    const report = evaluateClassifier(
      lines
        .filter((l) => l.locale === locale)
        .map((l) => {
          const prediction = knowledge.classifier.classify(l.text);
          return { locale, expected: l.intent, predicted: prediction.intent, confidence: prediction.confidence };
        }),
    ).find((r) => r.locale === locale)!;
    expect(report.inScopeAccuracy).toBeGreaterThanOrEqual(FLOORS[locale].inScopeAccuracy);
    expect(report.outOfScopeRecall).toBeGreaterThanOrEqual(FLOORS[locale].outOfScopeRecall);
  });

  it('shares no message with the training examples, so it measures generalisation', () => {
    const key = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
    const kb = knowledge.knowledgeBase;
    const trained = new Set([...kb.trainingExamples(), ...kb.outOfScopeExamples()].map((e) => key(e.text)));
    // "hi" is the one message too short to word any other way.
    expect(lines.filter((l) => trained.has(key(l.text)) && key(l.text) !== 'hi').map((l) => l.text)).toEqual([]);
  });

  it('has a dozen or more messages for every intent in both locales', () => {
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(`${l.locale} ${l.intent}`, (counts.get(`${l.locale} ${l.intent}`) ?? 0) + 1);
    expect(counts.size).toBe(2 * INTENT_IDS.length);
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(12);
  });
});
