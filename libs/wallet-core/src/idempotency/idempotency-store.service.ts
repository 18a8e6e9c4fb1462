import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { IdempotencyKeyReusedError, InvalidIdempotencyKeyError } from '../wallet.errors';

const KEEP_FOR_MS = 24 * 3600_000;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export interface IdempotentRequest {
  readonly customerId: string;
  /** The Idempotency-Key header; absent means the call is not idempotent. */
  readonly key: string | undefined;
  readonly operation: string;
  readonly body: unknown;
}

export interface KeyClaim {
  readonly key: string;
  readonly requestHash: string;
  readonly now: Date;
  readonly expiresAt: Date;
}

/**
 * Idempotency-Key handling inside the caller's database transaction. The key row is inserted
 * first: a concurrent repeat blocks on the unique index until the first request commits, then
 * sees its stored result. A rolled-back first attempt leaves no row, so a retry runs afresh.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** @returns the stored result of an earlier identical request, or undefined when this one should run. */
  async claim<T>(manager: EntityManager, request: IdempotentRequest): Promise<T | undefined> {
    const claim = this.keyClaim(request);
    if (!claim) return undefined;
    const { now, requestHash } = claim;

    const inserted = await manager.query(
      `INSERT INTO idempotency_keys (customer_id, key, operation, request_hash, response, created_at, expires_at)
       VALUES ($1, $2, $3, $4, NULL, $5, $6)
       ON CONFLICT (customer_id, key) DO NOTHING
       RETURNING key`,
      [request.customerId, request.key, request.operation, requestHash, now, claim.expiresAt],
    );
    if (inserted.length > 0) return undefined;

    const [existing] = (await manager.query(
      `SELECT request_hash, response, expires_at FROM idempotency_keys WHERE customer_id = $1 AND key = $2 FOR UPDATE`,
      [request.customerId, request.key],
    )) as { request_hash: string; response: T | null; expires_at: Date }[];
    if (new Date(existing.expires_at) <= now) {
      await manager.query(
        `UPDATE idempotency_keys SET operation = $3, request_hash = $4, response = NULL, created_at = $5, expires_at = $6
         WHERE customer_id = $1 AND key = $2`,
        [request.customerId, request.key, request.operation, requestHash, now, claim.expiresAt],
      );
      return undefined;
    }
    if (existing.request_hash !== requestHash) throw new IdempotencyKeyReusedError();
    return existing.response ?? undefined;
  }

  /**
   * What claiming the request's key writes (for a statement that claims it server-side), or
   * undefined when the request has no key. Throws on a malformed key.
   */
  keyClaim(request: IdempotentRequest): KeyClaim | undefined {
    if (request.key === undefined) return undefined;
    if (!KEY_FORMAT.test(request.key)) throw new InvalidIdempotencyKeyError();
    const now = this.clock.now();
    return { key: request.key, requestHash: hashRequest(request.operation, request.body), now, expiresAt: new Date(now.getTime() + KEEP_FOR_MS) };
  }

  /** Deletes keys past their 24 hours. @returns how many. */
  async purgeExpired(): Promise<number> {
    const [, deleted] = await this.dataSource.query(`DELETE FROM idempotency_keys WHERE expires_at < $1`, [this.clock.now()]);
    return deleted;
  }

  /** Records the result that repeats of this request will get. */
  async complete(manager: EntityManager, request: IdempotentRequest, result: unknown): Promise<void> {
    if (request.key === undefined) return;
    await manager.query(`UPDATE idempotency_keys SET response = $3 WHERE customer_id = $1 AND key = $2`, [
      request.customerId,
      request.key,
      JSON.stringify(result),
    ]);
  }
}

function hashRequest(operation: string, body: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(canonicalJson(body)).digest('hex');
}

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
