import { ServiceOverloadedError } from '@okpay/shared';
import { HashingGate } from './hashing-gate';

describe('HashingGate', () => {
  it('runs up to its concurrency at once, queues a bounded number, and refuses the rest as overload', async () => {
    const gate = new HashingGate(1, 1);
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const job = (name: string) => () =>
      new Promise<string>((resolve) => {
        started.push(name);
        releases.push(() => resolve(name));
      });

    const first = gate.run(job('first'));
    const second = gate.run(job('second'));
    await expect(gate.run(job('third'))).rejects.toBeInstanceOf(ServiceOverloadedError);
    await Promise.resolve();
    expect(started).toEqual(['first']);

    releases[0]();
    await expect(first).resolves.toBe('first');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['first', 'second']);
    releases[1]();
    await expect(second).resolves.toBe('second');

    // Free again: the slot was given back.
    const fourth = gate.run(job('fourth'));
    await new Promise((resolve) => setImmediate(resolve));
    releases[2]();
    await expect(fourth).resolves.toBe('fourth');
  });
});
