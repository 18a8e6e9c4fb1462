import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { RateLimitedAction } from '@okpay/shared';
import { RATE_LIMITED_ACTION, RateLimitGuard } from './rate-limit.guard';

/** This route counts as `action` against the client address's and the caller's limits (RATE_LIMITS). */
export const RateLimit = (action: RateLimitedAction) => applyDecorators(SetMetadata(RATE_LIMITED_ACTION, action), UseGuards(RateLimitGuard));
