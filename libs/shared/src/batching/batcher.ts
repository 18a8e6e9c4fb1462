interface Waiter<R> {
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Coalesces single requests into one call of `runMany`: every item submitted while the event loop
 * is busy (until its next check phase, `setImmediate`) goes in one call, in submission order.
 * Under load that turns many one-row statements into a few, each a round trip to the database
 * less; when idle, an item waits for nothing. Batches are not held back while an earlier one
 * runs, so one slow batch delays nobody else.
 */
export class Batcher<T, R> {
  private pending: { item: T; waiter: Waiter<R> }[] = [];

  /**
   * @param runMany one result per item, in the items' order.
   * @param maxBatch items per call at most (bounds the size of one statement).
   */
  constructor(
    private readonly runMany: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ item, waiter: { resolve, reject } });
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    for (let start = 0; start < batch.length; start += this.maxBatch) {
      const chunk = batch.slice(start, start + this.maxBatch);
      this.runMany(chunk.map(({ item }) => item)).then(
        (results) => chunk.forEach(({ waiter }, i) => waiter.resolve(results[i])),
        (error: unknown) => chunk.forEach(({ waiter }) => waiter.reject(error)),
      );
    }
  }
}
