import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TooManyLoginAttemptsError } from '../auth.errors';
import { LoginAttemptEntity } from './login-attempt.entity';

const WINDOW_MS = 60_000;

export interface LoginAttemptKey {
  readonly principalKind: 'agent' | 'customer';
  readonly email: string;
  readonly clientIp: string;
}

/**
 * Counts wrong passwords per account and per client address over a sliding minute, in
 * PostgreSQL so every API process shares the count and a restart does not reset it.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Runs `check` (the password comparison) unless the limit is reached, and records its outcome.
   * Attempts on one account are serialized by an advisory lock, so parallel guesses cannot all
   * slip under the limit.
   */
  async attempt<T>(key: LoginAttemptKey, check: (manager: EntityManager) => Promise<T | null>): Promise<T | null> {
    const accountKey = key.email.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `login:${key.principalKind}:${accountKey}`,
      ]);
      const now = this.clock.now();
      const windowStart = new Date(now.getTime() - WINDOW_MS);
      const [counts] = (await manager.query(
        `SELECT
           count(*) FILTER (WHERE principal_kind = $1 AND account_key = $2) AS account_failures,
           min(attempted_at) FILTER (WHERE principal_kind = $1 AND account_key = $2) AS account_oldest,
           count(*) FILTER (WHERE client_ip = $3) AS ip_failures,
           min(attempted_at) FILTER (WHERE client_ip = $3) AS ip_oldest
         FROM login_attempts
         WHERE NOT succeeded AND attempted_at > $4 AND attempted_at <= $5
           AND ((principal_kind = $1 AND account_key = $2) OR client_ip = $3)`,
        [key.principalKind, accountKey, key.clientIp, windowStart, now],
      )) as { account_failures: string; account_oldest: Date | null; ip_failures: string; ip_oldest: Date | null }[];

      const limit = this.config.loginMaxFailuresPerMinute;
      const blockedSince = [
        Number(counts.account_failures) >= limit ? counts.account_oldest : null,
        Number(counts.ip_failures) >= limit ? counts.ip_oldest : null,
      ].filter((d): d is Date => d !== null);
      if (blockedSince.length > 0) {
        const freesAt = Math.max(...blockedSince.map((d) => new Date(d).getTime() + WINDOW_MS));
        throw new TooManyLoginAttemptsError(Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)));
      }

      const result = await check(manager);
      await manager.insert(LoginAttemptEntity, {
        principalKind: key.principalKind,
        accountKey,
        clientIp: key.clientIp,
        succeeded: result !== null,
        attemptedAt: now,
      });
      return result;
    });
  }
}
