import { Injectable } from '@nestjs/common';
import { Batcher } from '@okpay/shared';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../prepared-query';

export interface RateLimitHit {
  /** Which limit, e.g. `ticket_create.address`. */
  readonly rule: string;
  /** Who is counted: an address, an identity, a phone number. */
  readonly subject: string;
  readonly windowStart: Date;
  readonly windowEnd: Date;
}

/**
 * Fixed-window hit counters in PostgreSQL, so every process counts against the same budget.
 * One upsert statement counts the hits of all the requests that arrive in one event-loop turn:
 * no transaction, no lock held while waiting for anything else, and under load one round trip
 * and one update of a busy counter row instead of one per request.
 */
@Injectable()
export class RateLimitCounters {
  private readonly batcher = new Batcher<readonly RateLimitHit[], number[]>((requests) => this.hitAll(requests));

  constructor(private readonly dataSource: DataSource) {}

  /** Adds one to each hit's window; returns the window's count including this hit, in the order given. */
  hit(hits: readonly RateLimitHit[]): Promise<number[]> {
    return hits.length === 0 ? Promise.resolve([]) : this.batcher.submit(hits);
  }

  /**
   * Each window counted once with all its hits of the batch; the requests then get the counts they
   * would have got one after another, in submission order.
   */
  private async hitAll(requests: readonly (readonly RateLimitHit[])[]): Promise<number[][]> {
    const windows = new Map<string, RateLimitHit & { subjectDigest: string; hits: number }>();
    const keyed = requests.map((hits) =>
      hits.map((hit) => {
        const subjectDigest = digest(hit.subject);
        const key = `${hit.rule}\n${subjectDigest}\n${hit.windowStart.toISOString()}`;
        const window = windows.get(key) ?? { ...hit, subjectDigest, hits: 0 };
        window.hits++;
        windows.set(key, window);
        return { key, nth: window.hits };
      }),
    );
    const rows = [...windows.values()];
    // One statement text whatever the batch's size (arrays, not a VALUES list): prepared once per connection.
    const counted = await preparedQuery<{ rule: string; subject_digest: string; window_start: Date; hits: number }>(
      this.dataSource,
      'rate-limits.hit',
      `INSERT INTO rate_limit_counters (rule, subject_digest, window_start, window_end, hits)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[])
       ON CONFLICT (rule, subject_digest, window_start) DO UPDATE SET hits = rate_limit_counters.hits + EXCLUDED.hits
       RETURNING rule, subject_digest, window_start, hits`,
      [rows.map((row) => row.rule), rows.map((row) => row.subjectDigest), rows.map((row) => row.windowStart), rows.map((row) => row.windowEnd), rows.map((row) => row.hits)],
    );
    const totals = new Map(counted.map((c) => [`${c.rule}\n${c.subject_digest}\n${c.window_start.toISOString()}`, c.hits]));
    return keyed.map((hits) => hits.map(({ key, nth }) => totals.get(key)! - windows.get(key)!.hits + nth));
  }

  /** Drops windows that ended before `now`; @returns how many. */
  async purgeEnded(now: Date): Promise<number> {
    const [, deleted] = (await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_end < $1`, [now])) as [unknown, number];
    return deleted;
  }
}

function digest(subject: string): string {
  return createHash('sha256').update(subject).digest('base64url');
}
