import { SpellingCorrector } from './spelling-corrector';

describe('SpellingCorrector', () => {
  const speller = SpellingCorrector.fit(['transfer', 'transfer', 'cancel', 'verify', 'failed', 'limit', 'change', 'son', 'weather']);

  it.each([
    ['tranfer', 'transfer'],
    ['cancle', 'cancel'],
    ['verfy', 'verify'],
    ['failled', 'failed'],
    ['limt', 'limit'],
  ])('%s → %s', (typo, word) => expect(speller.correct(typo)).toBe(word));

  it('leaves known words, short words and words with no near neighbour alone', () => {
    expect(speller.correct('weather')).toBe('weather');
    expect(speller.correct('abc')).toBe('abc');
    expect(speller.correct('banana')).toBe('banana');
  });

  it('does not swap one letter for another or undouble a short word', () => {
    expect(speller.correct('chance')).toBe('chance');
    expect(speller.correct('soon')).toBe('soon');
  });

  it('corrects the same after a snapshot round trip', () => {
    const copy = SpellingCorrector.fromSnapshot(JSON.parse(JSON.stringify(speller.toSnapshot())));
    expect(copy.correct('tranfer')).toBe('transfer');
  });
});
