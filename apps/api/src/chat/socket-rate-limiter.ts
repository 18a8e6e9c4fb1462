import { Clock, RateLimitedError } from '@okpay/shared';

export interface SocketRateLimit {
  /** Events allowed at once. */
  readonly burst: number;
  /** Sustained events per minute. */
  readonly perMinute: number;
}

export class SocketRateLimitedError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super('socket_rate_limited', 'Too many events on this connection. Slow down.', retryAfterSeconds);
  }
}

/**
 * A token bucket per socket, on the app clock. It lives and dies with the connection: a
 * reconnect starts with a full bucket, which the per-connection handshake cost already limits.
 */
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
    const now = this.clock.now().getTime();
    const perMs = this.limit.perMinute / 60_000;
    this.tokens = Math.min(this.limit.burst, this.tokens + (now - this.refilledAt) * perMs);
    this.refilledAt = now;
    if (this.tokens < cost) throw new SocketRateLimitedError(Math.max(1, Math.ceil((cost - this.tokens) / perMs / 1000)));
    this.tokens -= cost;
  }
}
