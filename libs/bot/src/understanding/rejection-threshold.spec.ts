import { bestThreshold, chooseRejectionThreshold } from './rejection-threshold';

const right = (score: number) => ({ score, correct: true });
const wrong = (score: number) => ({ score, correct: false });

describe('bestThreshold', () => {
  it('rejects below the point that keeps every right answer and turns away the out-of-scope ones under it', () => {
    expect(bestThreshold([right(0.9), right(0.8), right(0.7)], [0.2, 0.3, 0.6], 1)).toBe(0.7);
  });

  it('weighs a lost right answer by the cost ratio against a rejected out-of-scope message', () => {
    const inScope = [right(0.9), right(0.5), right(0.95), right(0.99)];
    const outOfScope = [0.6, 0.7, 0.2];
    // Cheap to lose the 0.5 answer: reject up to 0.7 and catch two more out-of-scope messages.
    expect(bestThreshold(inScope, outOfScope, 1)).toBe(0.9);
    // Dear to lose it: keep it, and reject only below it.
    expect(bestThreshold(inScope, outOfScope, 6)).toBe(0.5);
  });

  it('does not count wrong answers as worth keeping', () => {
    expect(bestThreshold([right(0.9), wrong(0.4)], [0.5], 6)).toBe(0.9);
  });
});

describe('chooseRejectionThreshold', () => {
  const inScope = Array.from({ length: 200 }, (_, i) => right(0.5 + (i % 50) / 100));
  const outOfScope = Array.from({ length: 60 }, (_, i) => (i % 30) / 50);

  it('lands where the bootstrap resamples agree, and the same data gives the same threshold', () => {
    const options = { costRatio: 2, resamples: 51, seed: 7 };
    const threshold = chooseRejectionThreshold(inScope, outOfScope, options);
    // Right answers start at 0.5; out-of-scope scores run on to 0.58, too few to give any of them up.
    expect(threshold).toBeGreaterThanOrEqual(0.46);
    expect(threshold).toBeLessThanOrEqual(0.5);
    expect(chooseRejectionThreshold(inScope, outOfScope, options)).toBe(threshold);
  });

  it('rejects nothing without out-of-scope data to choose on', () => {
    expect(chooseRejectionThreshold(inScope, [], { costRatio: 2, resamples: 11, seed: 7 })).toBe(0);
  });
});
