import DataLoader from 'dataloader';

/**
 * Look-ups by key, batched with DataLoader: the keys asked for until the event loop's next check
 * phase (`setImmediate`, as `Batcher` does) are read with one call of `loadMany`, each once. Every
 * caller still gets a read made after it asked: DataLoader's cache is off.
 */
export class BatchLoader<K, V> {
  private readonly loader: DataLoader<K, V | undefined>;

  /** @param loadMany answers for the keys it was given; a key it leaves out has no value. */
  constructor(loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>, maxBatch = 500) {
    this.loader = new DataLoader(
      async (keys) => {
        // With the cache off DataLoader passes a key once per caller; the read needs it once.
        const found = await loadMany([...new Set(keys)]);
        return keys.map((key) => found.get(key));
      },
      { cache: false, maxBatchSize: maxBatch, batchScheduleFn: (run) => setImmediate(run) },
    );
  }

  load(key: K): Promise<V | undefined> {
    return this.loader.load(key);
  }
}
