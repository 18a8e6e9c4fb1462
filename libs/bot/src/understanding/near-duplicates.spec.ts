import { KnowledgeBase } from '@okpay/knowledge-base';
import { DIALOGUE_FILES, EVALUATION_FILES, readDialogueTurns, readEvaluationLines } from './evaluation-files';
import { groupedFolds } from './grouped-folds';
import { nearDuplicatePairs, overlapTokens, tokenOverlap } from './near-duplicates';

describe('near-duplicates', () => {
  it('sees light edits of English (case, punctuation, word forms, order) as the same message', () => {
    expect(tokenOverlap(overlapTokens('My payment failed!!'), overlapTokens('my payments fail'))).toBe(1);
    expect(tokenOverlap(overlapTokens('how long do transfers take'), overlapTokens('How long do transfers usually take?'))).toBeGreaterThanOrEqual(0.8);
    expect(tokenOverlap(overlapTokens('how do I top up'), overlapTokens('how do I top up from my bank card in Hong Kong'))).toBeLessThan(0.8);
  });

  it('compares Chinese by character bigrams, traditional and simplified alike', () => {
    expect([...overlapTokens('充值失败')]).toEqual(['充值', '值失', '失败']);
    expect(tokenOverlap(overlapTokens('每日限額是多少'), overlapTokens('每日限额是多少'))).toBe(1);
    expect(tokenOverlap(overlapTokens('充值失败了'), overlapTokens('付款失败了'))).toBeLessThan(0.8);
  });

  it('finds pairs across two lists and within one, leaving one-token messages out', () => {
    expect(nearDuplicatePairs(['thanks', 'my top up failed', 'hello there'], ['thanks', 'My top-up failed.'])).toEqual([{ left: 1, right: 1, overlap: 1 }]);
    const within = nearDuplicatePairs(['i want to cancel my order', 'what is the fee', 'i want to cancel my order now', 'what are the fees']);
    expect(within.map(({ left, right }) => [left, right])).toEqual([[0, 2]]);
    expect(within[0].overlap).toBeCloseTo(6 / 7);
  });

  it('puts near-duplicates, and their near-duplicates, in one fold', () => {
    const texts = ['cancel my payment now', 'cancel my payment now please', 'please cancel my payment now', 'how much is the fee', 'is there a fee for this', '你好请问'];
    const folds = groupedFolds(texts, 3, 7);
    expect(new Set([folds[0], folds[1], folds[2]]).size).toBe(1);
    expect(new Set(folds).size).toBe(3);
  });
});

describe('the training examples', () => {
  const kb = KnowledgeBase.load();
  const training = [...kb.trainingExamples(), ...kb.outOfScopeExamples()].map((e) => e.text);

  it.each([...EVALUATION_FILES.map((f) => [f.name, readEvaluationLines(f.path).map((l) => l.text)] as const), ...DIALOGUE_FILES.map((f) => [f.name, readDialogueTurns(f.path)] as const)])(
    'have no near-duplicate in the %s file, so its figures measure new wording',
    (_, lines) => {
      expect(nearDuplicatePairs(training, lines).map((p) => `${training[p.left]} ~ ${lines[p.right]}`)).toEqual([]);
    },
  );
});
