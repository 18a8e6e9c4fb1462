import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';

/** Login attempts matter for a minute (rate limits); a day's worth is kept for investigations. */
export const LOGIN_ATTEMPTS_KEPT_MS = 24 * 3600_000;

@Injectable()
export class LoginAttemptRetention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** @returns how many attempts were deleted. */
  async purge(): Promise<number> {
    const [, deleted] = await this.dataSource.query(`DELETE FROM login_attempts WHERE attempted_at < $1`, [
      new Date(this.clock.now().getTime() - LOGIN_ATTEMPTS_KEPT_MS),
    ]);
    return deleted;
  }
}
