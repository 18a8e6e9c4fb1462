import { ApiErrorCode } from '@okpay/contracts';
import { RateLimitedError } from '@okpay/shared';

export class RateLimitExceededError extends RateLimitedError<ApiErrorCode> {
  constructor(retryAfterSeconds: number) {
    super('rate_limited', 'Too many requests. Try again later.', retryAfterSeconds);
  }
}
