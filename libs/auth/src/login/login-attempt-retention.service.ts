import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { ADDRESS_WINDOW_MS, KNOWN_ADDRESS_KEPT_MS, STREAK_FORGOTTEN_MS } from './login-throttle.service';

/** Login attempts matter for a minute (rate limits); a day's worth is kept for investigations. */
export const LOGIN_ATTEMPTS_KEPT_MS = 24 * 3600_000;

@Injectable()
export class LoginAttemptRetention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Also drops the throttle's counters and known addresses once they no longer matter. @returns how many attempts were deleted. */
  async purge(): Promise<number> {
    const now = this.clock.now().getTime();
    await this.dataSource.query(
      `WITH addresses AS (DELETE FROM login_address_windows WHERE window_started_at <= $1),
            streaks AS (DELETE FROM login_account_backoffs WHERE last_failure_at <= $2 AND (paused_until IS NULL OR paused_until <= $3))
       DELETE FROM login_known_addresses WHERE last_success_at <= $4`,
      [new Date(now - ADDRESS_WINDOW_MS), new Date(now - STREAK_FORGOTTEN_MS), new Date(now), new Date(now - KNOWN_ADDRESS_KEPT_MS)],
    );
    const [, deleted] = await this.dataSource.query(`DELETE FROM login_attempts WHERE attempted_at < $1`, [
      new Date(now - LOGIN_ATTEMPTS_KEPT_MS),
    ]);
    return deleted;
  }
}
