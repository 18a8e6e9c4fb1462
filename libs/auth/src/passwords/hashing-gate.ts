import { ServiceOverloadedError } from '@okpay/shared';

/**
 * Admits a bounded number of password hashes at once (each is CPU- and memory-heavy) and a
 * bounded queue behind them; past that, a request is refused as overload at once. A storm of
 * logins thus costs a fixed share of the machine and everything else keeps answering.
 */
export class HashingGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw new ServiceOverloadedError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
