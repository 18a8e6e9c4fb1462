import { Client } from 'pg';

/** Every SAMPLE_EVERY_MS, what the database's active sessions wait on. */
const SAMPLE_EVERY_MS = 100;

/**
 * Samples `pg_stat_activity` while a phase runs: per wall-clock second, how many times an active
 * session of the app was seen waiting on each wait event (`IO:WALSync`, `Lock:transactionid`,
 * `LWLock:WALWrite`, ...) or running on the CPU (`CPU`). A stall with the API idle and the
 * database waiting on I/O shows up here.
 */
export class DatabaseWaitSampler {
  readonly seconds = new Map<number, Map<string, number>>();
  private running = false;
  private done?: Promise<void>;

  constructor(private readonly client: Client) {}

  async start(): Promise<void> {
    await this.client.connect();
    this.running = true;
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    await this.client.end();
  }

  /** The most frequent waits of a second, e.g. "IO:WALSync 12, CPU 5". */
  describe(second: number, top = 3): string {
    const waits = this.seconds.get(second);
    if (!waits) return 'no sample';
    return [...waits].sort((a, b) => b[1] - a[1]).slice(0, top).map(([event, count]) => `${event} ${count}`).join(', ') || 'idle';
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const at = Math.floor((performance.timeOrigin + performance.now()) / 1000);
      const { rows } = await this.client.query<{ wait: string; sessions: string }>(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, count(*) AS sessions
         FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1`,
      );
      const waits = this.seconds.get(at) ?? new Map<string, number>();
      for (const row of rows) waits.set(row.wait, (waits.get(row.wait) ?? 0) + Number(row.sessions));
      this.seconds.set(at, waits);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  }
}
