const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface SpellingSnapshot {
  /** Every word the classifier was trained on, with how often it occurred. */
  readonly words: Readonly<Record<string, number>>;
}

/**
 * Misspelt English words ("verfy", "tranfer", "cancle") mapped to the word the training examples use
 * most among those one typing slip away: a letter left out, two letters swapped, or (in longer
 * words) a letter doubled. Changing one letter for another is not tried: it turns too many real
 * words into other real ones ("chance" → "change", "stuff" → "staff"). The vocabulary is every word of the examples, out-of-scope
 * ones included, so a word the classifier has seen is never changed and an off-topic word is not
 * bent into a wallet one. Character n-grams already survive many typos; this helps short messages
 * where the misspelt word is the one that matters.
 */
export class SpellingCorrector {
  private constructor(private readonly counts: ReadonlyMap<string, number>) {}

  static fit(words: Iterable<string>): SpellingCorrector {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return new SpellingCorrector(counts);
  }

  static fromSnapshot(snapshot: SpellingSnapshot): SpellingCorrector {
    return new SpellingCorrector(new Map(Object.entries(snapshot.words)));
  }

  toSnapshot(): SpellingSnapshot {
    return { words: Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }

  correct(word: string): string {
    if (this.counts.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return word;
    let best = { word, count: 0 };
    for (const candidate of editsOf(word)) {
      const count = this.counts.get(candidate) ?? 0;
      if (count > best.count || (count === best.count && count > 0 && candidate < best.word)) best = { word: candidate, count };
    }
    return best.word;
  }
}

/** The words `word` could have been meant as, one slip away (see SpellingCorrector). */
function* editsOf(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    for (const letter of LETTERS) yield head + letter + tail;
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    // Only in longer words: "soon" is a word, not a slip for "son".
    if (word.length >= 6 && tail.length > 1 && tail[0] === tail[1]) yield head + tail.slice(1);
  }
}
