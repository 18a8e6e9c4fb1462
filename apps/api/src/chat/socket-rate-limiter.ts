import { ApiErrorCode } from '@okpay/contracts';
import { Clock, RateLimitedError } from '@okpay/shared';

export interface SocketRateLimit {
  /** Events allowed at once. */
  readonly burst: number;
  /** Sustained events per minute. */
  readonly perMinute: number;
}

export class SocketRateLimitedError extends RateLimitedError<ApiErrorCode> {
  constructor(retryAfterSeconds: number) {
    super('socket_rate_limited', 'Too many chat events. Slow down.', retryAfterSeconds);
  }
}

/** A token bucket on the app clock; `SocketBudgets` keeps one per token identity. */
export class SocketRateLimiter {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly limit: SocketRateLimit,
    private readonly clock: Clock,
  ) {
    this.tokens = limit.burst;
    this.refilledAt = clock.now().getTime();
  }

  /** Spends `cost` or throws. */
  take(cost = 1): void {
    const perMs = this.refill();
    if (this.tokens < cost) throw new SocketRateLimitedError(Math.max(1, Math.ceil((cost - this.tokens) / perMs / 1000)));
    this.tokens -= cost;
  }

  /** True when nothing has been spent that has not grown back. */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.limit.burst;
  }

  /** @returns the refill rate, tokens per millisecond. */
  private refill(): number {
    const now = this.clock.now().getTime();
    const perMs = this.limit.perMinute / 60_000;
    this.tokens = Math.min(this.limit.burst, this.tokens + (now - this.refilledAt) * perMs);
    this.refilledAt = now;
    return perMs;
  }
}
