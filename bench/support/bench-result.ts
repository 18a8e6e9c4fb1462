import { appendFileSync } from 'node:fs';

/** One line of the table `npm run bench` writes: the app's figure, the bare baseline's, and their ratio. */
export interface BenchResult {
  readonly bench: string;
  readonly measure: string;
  readonly unit: string;
  readonly app: number;
  /** Absent where the bench has no bare baseline yet. */
  readonly baseline?: number;
  /** What the baseline is, in a few words. */
  readonly baselineIs?: string;
  /** Whether a higher figure is better (throughput) or a lower one (latency, CPU). */
  readonly higherIsBetter: boolean;
  readonly note?: string;
}

/** Prints the result, and appends it as a JSON line to BENCH_RESULTS when `npm run bench` collects them. */
export function reportResult(result: BenchResult): void {
  const ratio = result.baseline ? ` → ratio ${(result.app / result.baseline).toFixed(2)}` : '';
  console.log(`${result.bench}, ${result.measure}: app ${result.app.toFixed(1)} ${result.unit}${result.baseline ? `, bare ${result.baseline.toFixed(1)} ${result.unit}` : ''}${ratio}`);
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(result)}\n`);
}
