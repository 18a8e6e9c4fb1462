import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * How sign-in slows down after wrong passwords in a row (the help centre quotes the numbers):
 * the first `freeFailures` cost nothing, then each one pauses sign-in from unknown addresses,
 * twice as long as the one before, from `firstPauseSeconds` up to `longestPauseMinutes`.
 * An address that signed in to the account before is never paused, so a guesser cannot lock
 * the owner out.
 */
export const LOGIN_PAUSE_POLICY = { freeFailures: 5, firstPauseSeconds: 30, longestPauseMinutes: 15 } as const;

export interface CustomerLoginState {
  /** Wrong passwords since the last successful sign-in. */
  readonly failures: number;
  /** Until when sign-in from an unknown address is paused. */
  readonly pausedUntil: Date | null;
}

/** Keeps the customer's sign-in state where support sees it, beside the account's other security facts. */
@Injectable()
export class CustomerLoginStatus {
  constructor(private readonly dataSource: DataSource) {}

  async record(customerId: string, state: CustomerLoginState): Promise<void> {
    await this.dataSource.query(`UPDATE customers SET failed_login_count = $2, locked_until = $3 WHERE id = $1`, [
      customerId,
      state.failures,
      state.pausedUntil,
    ]);
  }
}
