import { RateLimitedError } from '@okpay/shared';

export class RateLimitExceededError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super('rate_limited', 'Too many requests. Try again later.', retryAfterSeconds);
  }
}
