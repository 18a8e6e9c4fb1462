import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';
import { LOGIN_PAUSE_POLICY } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { TooManyLoginAttemptsError } from '../auth.errors';

export const ADDRESS_WINDOW_MS = 60_000;
/** A streak of wrong passwords this old is forgotten: the next one starts a new streak. */
export const STREAK_FORGOTTEN_MS = 24 * 3600_000;
/** An address the account signed in from is trusted this long after its last success. */
export const KNOWN_ADDRESS_KEPT_MS = 90 * 24 * 3600_000;

export interface LoginAttemptKey {
  readonly principalKind: 'agent' | 'customer';
  readonly email: string;
  readonly clientIp: string;
}

/** Where the account stands after a checked attempt. */
export interface AccountLoginState {
  readonly failures: number;
  readonly pausedUntil: Date | null;
}

export interface LoginOutcome<T> {
  /** What `check` found, or null for a wrong password or unknown account. */
  readonly result: T | null;
  readonly account: AccountLoginState;
}

/** The pause after `n` wrong passwords in a row, as SQL over the bound parameters of `reserveAccount`. */
const pauseAfter = (n: string) =>
  `(CASE WHEN ${n} >= $4::int THEN $3::timestamptz + make_interval(secs => least($6::float8, $5::float8 * power(2::float8, (${n} - $4::int)::float8))) END)`;

/**
 * Login throttling, in PostgreSQL so every API process shares it (see LOGIN_PAUSE_POLICY):
 * - per client address, at most `loginMaxFailuresPerMinute` unsuccessful attempts a minute,
 *   across accounts;
 * - per account, a backoff after wrong passwords in a row that pauses attempts from unknown
 *   addresses only: an address that signed in to the account before is never paused, so
 *   guessing slows down while the owner still gets in.
 *
 * Each check is one statement that bumps a counter row (the row lock orders parallel attempts),
 * and every attempt is counted before its password is verified, so parallel guesses cannot all
 * slip under a limit. No transaction or lock is held while `check` runs: it reads through the
 * pool like any request, and a slow password hash never holds a connection.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `check` (finding the account and verifying its password) unless a limit says wait, and records the outcome. */
  async attempt<T>(key: LoginAttemptKey, check: () => Promise<T | null>): Promise<LoginOutcome<T>> {
    const accountKey = key.email.toLowerCase();
    const now = this.clock.now();
    const known = await this.isKnownAddress(key.principalKind, accountKey, key.clientIp, now);
    const windowStartedAt = await this.reserveAddress(key.clientIp, now);
    const reserved = await this.reserveAccount(key.principalKind, accountKey, known, now);

    const result = await check();
    if (result === null) {
      await this.dataSource.query(
        `INSERT INTO login_attempts (principal_kind, account_key, client_ip, succeeded, attempted_at) VALUES ($1, $2, $3, false, $4)`,
        [key.principalKind, accountKey, key.clientIp, now],
      );
      return { result, account: reserved };
    }
    await this.dataSource.query(
      `WITH reset AS (
         UPDATE login_account_backoffs SET failures = 0, paused_until = NULL WHERE principal_kind = $1 AND account_key = $2
       ), known AS (
         INSERT INTO login_known_addresses (principal_kind, account_key, client_ip, last_success_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (principal_kind, account_key, client_ip) DO UPDATE SET last_success_at = EXCLUDED.last_success_at
       ), refund AS (
         -- The address limit counts attempts that did not succeed: give this one back.
         UPDATE login_address_windows SET attempts = greatest(attempts - 1, 0) WHERE client_ip = $3 AND window_started_at = $5
       )
       INSERT INTO login_attempts (principal_kind, account_key, client_ip, succeeded, attempted_at) VALUES ($1, $2, $3, true, $4)`,
      [key.principalKind, accountKey, key.clientIp, now, windowStartedAt],
    );
    return { result, account: { failures: 0, pausedUntil: null } };
  }

  private async isKnownAddress(principalKind: string, accountKey: string, clientIp: string, now: Date): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM login_known_addresses
       WHERE principal_kind = $1 AND account_key = $2 AND client_ip = $3 AND last_success_at > $4`,
      [principalKind, accountKey, clientIp, new Date(now.getTime() - KNOWN_ADDRESS_KEPT_MS)],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Counts the attempt against its address's minute. @returns the window's start, to give the attempt back on success. */
  private async reserveAddress(clientIp: string, now: Date): Promise<Date> {
    const windowOver = new Date(now.getTime() - ADDRESS_WINDOW_MS);
    const [reserved] = (await this.dataSource.query(
      `INSERT INTO login_address_windows AS w (client_ip, window_started_at, attempts) VALUES ($1, $2, 1)
       ON CONFLICT (client_ip) DO UPDATE SET
         window_started_at = CASE WHEN w.window_started_at <= $3 THEN $2 ELSE w.window_started_at END,
         attempts = CASE WHEN w.window_started_at <= $3 THEN 1 ELSE w.attempts + 1 END
       WHERE w.window_started_at <= $3 OR w.attempts < $4
       RETURNING window_started_at`,
      [clientIp, now, windowOver, this.config.loginMaxFailuresPerMinute],
    )) as { window_started_at: Date }[];
    if (reserved) return reserved.window_started_at;

    const [window] = (await this.dataSource.query(`SELECT window_started_at FROM login_address_windows WHERE client_ip = $1`, [
      clientIp,
    ])) as { window_started_at: Date }[];
    throw this.tooMany(window ? new Date(window.window_started_at.getTime() + ADDRESS_WINDOW_MS) : now, now);
  }

  /**
   * Counts the attempt as a wrong password (until `check` proves otherwise) unless the account
   * is paused for this address; a counted wrong password may start or lengthen the pause.
   */
  private async reserveAccount(principalKind: string, accountKey: string, known: boolean, now: Date): Promise<AccountLoginState> {
    const next = `(CASE WHEN b.last_failure_at <= $8 THEN 1 ELSE b.failures + 1 END)`;
    const [reserved] = (await this.dataSource.query(
      `INSERT INTO login_account_backoffs AS b (principal_kind, account_key, failures, last_failure_at, paused_until)
       VALUES ($1, $2, 1, $3, ${pauseAfter('1')})
       ON CONFLICT (principal_kind, account_key) DO UPDATE SET
         failures = ${next}, last_failure_at = $3, paused_until = ${pauseAfter(next)}
       WHERE $7 OR b.paused_until IS NULL OR b.paused_until <= $3
       RETURNING failures, paused_until`,
      [
        principalKind,
        accountKey,
        now,
        LOGIN_PAUSE_POLICY.freeFailures,
        LOGIN_PAUSE_POLICY.firstPauseSeconds,
        LOGIN_PAUSE_POLICY.longestPauseMinutes * 60,
        known,
        new Date(now.getTime() - STREAK_FORGOTTEN_MS),
      ],
    )) as { failures: number; paused_until: Date | null }[];
    if (reserved) return { failures: reserved.failures, pausedUntil: reserved.paused_until };

    const [backoff] = (await this.dataSource.query(
      `SELECT paused_until FROM login_account_backoffs WHERE principal_kind = $1 AND account_key = $2`,
      [principalKind, accountKey],
    )) as { paused_until: Date | null }[];
    throw this.tooMany(backoff?.paused_until ?? now, now);
  }

  private tooMany(freesAt: Date, now: Date): TooManyLoginAttemptsError {
    return new TooManyLoginAttemptsError(Math.max(1, Math.ceil((freesAt.getTime() - now.getTime()) / 1000)));
  }
}
