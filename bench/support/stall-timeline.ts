import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Node flags that preload the stall probe into a process under test (see stall-probe.cjs). */
export const STALL_PROBE_ARGS = ['--expose-gc', '--require', join(__dirname, 'stall-probe.cjs')];

export interface ProcessMemory {
  /** V8 heap in use right after a full collection, bytes. */
  readonly heapUsed: number;
  readonly rss: number;
}

/** Asks the probe in `pid` to collect garbage and report its memory; `output` is that process's output so far. */
export async function probeMemory(pid: number, output: () => string): Promise<ProcessMemory> {
  const before = output().length;
  process.kill(pid, 'SIGUSR2');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const line = /^stall-probe-memory (\d+) (\d+)$/m.exec(output().slice(before));
    if (line) return { heapUsed: Number(line[1]), rss: Number(line[2]) };
  }
}

/** One second of a process: its longest event-loop delay and its garbage collector's pauses, ms. */
export interface ProcessSecond {
  readonly loopMaxMs: number;
  readonly gcMs: number;
  readonly gcMaxMs: number;
  readonly gcMajorMs: number;
}

/** The probe's lines in a process's output, by the wall-clock second they closed (ms since the epoch / 1000). */
export function probeSeconds(output: string): Map<number, ProcessSecond> {
  const seconds = new Map<number, ProcessSecond>();
  for (const match of output.matchAll(/^stall-probe (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$/gm)) {
    const [, at, loopMaxMs, gcMs, gcMaxMs, gcMajorMs] = match.map(Number);
    seconds.set(Math.floor(at / 1000), { loopMaxMs, gcMs, gcMaxMs, gcMajorMs });
  }
  return seconds;
}

/** The same for this process (the load generator), sampled while enabled. */
export class LocalStallSampler {
  readonly seconds = new Map<number, ProcessSecond>();
  private readonly loop = monitorEventLoopDelay({ resolution: 5 });
  private timer?: NodeJS.Timeout;

  start(): void {
    this.loop.enable();
    this.timer = setInterval(() => {
      this.seconds.set(Math.floor((performance.timeOrigin + performance.now()) / 1000), { loopMaxMs: this.loop.max / 1e6, gcMs: 0, gcMaxMs: 0, gcMajorMs: 0 });
      this.loop.reset();
    }, 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.loop.disable();
  }
}

/** A send: when it left (ms since the epoch) and how long its echo took (null: never came). */
export interface TimedSend {
  readonly sentAt: number;
  readonly latencyMs: number | null;
}

/**
 * Per second of sending: the slowest echo of the messages sent in it, next to the server's and
 * the load generator's longest event-loop delay and GC pauses in that second and the next (a
 * stall delays what was sent just before it). Prints the `worst` seconds by their slowest echo.
 */
export function printStallTimeline(
  sends: readonly TimedSend[],
  server: Map<number, ProcessSecond>,
  generator: Map<number, ProcessSecond>,
  databaseWaits: (second: number) => string,
  worst = 8,
): void {
  const bySecond = new Map<number, number[]>();
  for (const send of sends) {
    const second = Math.floor(send.sentAt / 1000);
    const list = bySecond.get(second) ?? [];
    list.push(send.latencyMs ?? Number.POSITIVE_INFINITY);
    bySecond.set(second, list);
  }
  const first = Math.min(...bySecond.keys());
  const describe = (seconds: Map<number, ProcessSecond>, second: number) => {
    const both = [seconds.get(second), seconds.get(second + 1)].filter((s): s is ProcessSecond => s !== undefined);
    if (both.length === 0) return 'no sample';
    const loop = Math.max(...both.map((s) => s.loopMaxMs));
    const gcMax = Math.max(...both.map((s) => s.gcMaxMs));
    const gcMajor = both.reduce((sum, s) => sum + s.gcMajorMs, 0);
    return `loop max ${loop.toFixed(0)} ms, GC pause max ${gcMax.toFixed(0)} ms (major ${gcMajor.toFixed(0)} ms)`;
  };
  const rows = [...bySecond.entries()].map(([second, latencies]) => ({ second, max: Math.max(...latencies), count: latencies.length }));
  rows.sort((a, b) => b.max - a.max);
  console.log(`  slowest seconds of sending (echo max | server | load generator | what PostgreSQL's active sessions waited on, samples every 100 ms):`);
  for (const row of rows.slice(0, worst).sort((a, b) => a.second - b.second)) {
    console.log(`    t+${row.second - first}s: ${row.count} sent, echo max ${row.max.toFixed(0)} ms | server ${describe(server, row.second)} | generator ${describe(generator, row.second)} | database ${databaseWaits(row.second)}`);
  }
}
