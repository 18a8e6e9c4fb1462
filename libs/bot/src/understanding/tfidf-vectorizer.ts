/** A sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface TfidfSnapshot {
  readonly features: readonly string[];
  readonly idf: readonly number[];
}

/**
 * TF-IDF over string features, with sublinear term frequency (1 + ln tf) and L2 normalisation:
 * a feature seen in every example says little; one repeated five times is not five times the evidence.
 */
export class TfidfVectorizer {
  private constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
  ) {}

  static fit(documents: readonly (readonly string[])[]): TfidfVectorizer {
    const documentFrequency = new Map<string, number>();
    for (const features of documents) {
      for (const feature of new Set(features)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
    const vocabulary = new Map<string, number>();
    const idf: number[] = [];
    for (const [feature, df] of [...documentFrequency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      vocabulary.set(feature, idf.length);
      idf.push(Math.log((documents.length + 1) / (df + 1)) + 1);
    }
    return new TfidfVectorizer(vocabulary, Float64Array.from(idf));
  }

  static fromSnapshot(snapshot: TfidfSnapshot): TfidfVectorizer {
    return new TfidfVectorizer(new Map(snapshot.features.map((feature, i) => [feature, i])), Float64Array.from(snapshot.idf));
  }

  toSnapshot(): TfidfSnapshot {
    return { features: [...this.vocabulary.keys()], idf: [...this.idf] };
  }

  get dimensions(): number {
    return this.idf.length;
  }

  has(feature: string): boolean {
    return this.vocabulary.has(feature);
  }

  transform(features: readonly string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const feature of features) {
      const index = this.vocabulary.get(feature);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = new Float64Array(indices.length);
    let norm = 0;
    indices.forEach((index, i) => {
      values[i] = (1 + Math.log(counts.get(index)!)) * this.idf[index];
      norm += values[i] * values[i];
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i] /= norm;
    return { indices, values };
  }
}
