import { Latencies } from './latency';

export interface ClosedLoopResult {
  readonly perSecond: number;
  readonly latency: Latencies;
  /** How many calls ended in each outcome (an HTTP status, a payment's status…). */
  readonly outcomes: Map<string, number>;
}

/**
 * `concurrency` clients, each calling `work` again as soon as its last call is done, for
 * `seconds`: the throughput a server gives at that concurrency, and the latency it costs.
 * @param work one call; resolves with its outcome.
 */
export async function closedLoop(work: (client: number) => Promise<string>, { concurrency, seconds }: { concurrency: number; seconds: number }): Promise<ClosedLoopResult> {
  const latency = new Latencies();
  const outcomes = new Map<string, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const outcome = await work(client);
        latency.add(performance.now() - sent);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  return { perSecond: latency.count / ((performance.now() - started) / 1000), latency, outcomes };
}
