import { Latencies } from './latency';

export interface ClosedLoopResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly latency: Latencies;
  /** Answers other than the expected status, by status. */
  readonly unexpected: Map<number, number>;
}

/**
 * `concurrency` clients, each sending its next request as soon as the last is answered, for
 * `seconds`: the throughput a server gives at that concurrency, and the latency it costs.
 */
export async function closedLoop(
  request: (client: number) => Promise<Response>,
  { concurrency, seconds, expectedStatus = 200 }: { concurrency: number; seconds: number; expectedStatus?: number },
): Promise<ClosedLoopResult> {
  const latency = new Latencies();
  const unexpected = new Map<number, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const response = await request(client);
        await response.arrayBuffer();
        latency.add(performance.now() - sent);
        if (response.status !== expectedStatus) unexpected.set(response.status, (unexpected.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latency.count, perSecond: latency.count / elapsed, latency, unexpected };
}
