import { Batcher } from './batcher';

/**
 * Look-ups by key, batched (see `Batcher`): the keys asked for in one turn of the event loop are
 * read with one call of `loadMany`, each once. Every caller still gets a read made after it
 * asked: nothing is cached.
 */
export class BatchLoader<K, V> {
  private readonly batcher: Batcher<K, V | undefined>;

  /** @param loadMany answers for the keys it was given; a key it leaves out has no value. */
  constructor(loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>, maxBatch = 500) {
    this.batcher = new Batcher(async (keys) => {
      const found = await loadMany([...new Set(keys)]);
      return keys.map((key) => found.get(key));
    }, maxBatch);
  }

  load(key: K): Promise<V | undefined> {
    return this.batcher.submit(key);
  }
}
