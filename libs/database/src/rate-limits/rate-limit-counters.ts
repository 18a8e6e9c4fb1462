import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

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
 * One upsert statement counts all the hits of a request: no transaction, no lock held while
 * waiting for anything else.
 */
@Injectable()
export class RateLimitCounters {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds one to each hit's window; returns the window's count including this hit, in the order given. */
  async hit(hits: readonly RateLimitHit[]): Promise<number[]> {
    if (hits.length === 0) return [];
    const rows = hits.map((hit) => ({ ...hit, subjectDigest: digest(hit.subject) }));
    const values = rows.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, 1)`).join(', ');
    const counted = (await this.dataSource.query(
      `INSERT INTO rate_limit_counters (rule, subject_digest, window_start, window_end, hits) VALUES ${values}
       ON CONFLICT (rule, subject_digest, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING rule, subject_digest, hits`,
      rows.flatMap((row) => [row.rule, row.subjectDigest, row.windowStart, row.windowEnd]),
    )) as { rule: string; subject_digest: string; hits: number }[];
    return rows.map((row) => counted.find((c) => c.rule === row.rule && c.subject_digest === row.subjectDigest)!.hits);
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
