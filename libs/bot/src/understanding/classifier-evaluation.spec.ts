import { evaluateClassifier } from './classifier-evaluation';

describe('evaluateClassifier', () => {
  it('computes in-scope accuracy, out-of-scope recall and precision, and confusions per locale', () => {
    const report = evaluateClassifier([
      { locale: 'en', expected: 'refund', predicted: 'refund', confidence: 0.9 },
      { locale: 'en', expected: 'refund', predicted: 'fees', confidence: 0.6 },
      { locale: 'en', expected: 'out_of_scope', predicted: 'out_of_scope', confidence: 0.8 },
      { locale: 'en', expected: 'fees', predicted: 'out_of_scope', confidence: 0.7 },
      { locale: 'zh-CN', expected: 'fees', predicted: 'fees', confidence: 1 },
    ]);
    const en = report.find((r) => r.locale === 'en')!;
    expect(en.inScopeAccuracy).toBeCloseTo(1 / 3);
    expect(en.outOfScopeRecall).toBe(1);
    expect(en.outOfScopePrecision).toBe(0.5);
    // Only the wrong in-scope answer counts: an out-of-scope reply to a fees question is a miss, not a confident error.
    expect(en.wrongConfidentRate).toBe(0.25);
    expect(en.topConfusions).toEqual([
      { expected: 'fees', predicted: 'out_of_scope', count: 1 },
      { expected: 'refund', predicted: 'fees', count: 1 },
    ]);
    expect(report.find((r) => r.locale === 'zh-CN')!.inScopeAccuracy).toBe(1);
    expect(report.map((r) => r.locale)).toEqual(['en', 'zh-CN', 'all']);
  });
});
