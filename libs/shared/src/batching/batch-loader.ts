interface Waiter<V> {
  readonly resolve: (value: V | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Coalesces look-ups by key into one call of `loadMany`: every key asked for while the event loop
 * is busy (until the next check phase, `setImmediate`) is read together. Under load that turns
 * many one-row queries into a few, each a round trip to the database less; when idle, a look-up
 * waits for nothing. Every caller still gets a read made after it asked: nothing is cached.
 */
export class BatchLoader<K, V> {
  private pending = new Map<K, Waiter<V>[]>();
  private scheduled = false;

  /**
   * @param loadMany answers for the keys it was given; a key it leaves out has no value.
   * @param maxBatch keys per call at most (bounds the size of one query).
   */
  constructor(
    private readonly loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
    private readonly maxBatch = 500,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = [...this.pending];
    this.pending = new Map();
    for (let start = 0; start < batch.length; start += this.maxBatch) {
      const chunk = batch.slice(start, start + this.maxBatch);
      this.loadMany(chunk.map(([key]) => key)).then(
        (found) => {
          for (const [key, waiters] of chunk) for (const waiter of waiters) waiter.resolve(found.get(key));
        },
        (error: unknown) => {
          for (const [, waiters] of chunk) for (const waiter of waiters) waiter.reject(error);
        },
      );
    }
  }
}
