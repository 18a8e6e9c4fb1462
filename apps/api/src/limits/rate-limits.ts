import { Inject, Injectable } from '@nestjs/common';
import { RateLimitCounters, RateLimitHit } from '@okpay/database';
import { APP_CONFIG, AppConfig, Clock, RateLimitedAction, RateLimitRule, RateLimitSubject } from '@okpay/shared';
import { RateLimitExceededError } from './rate-limit-exceeded.error';

/** Who asks: whichever of these are known; each known one with a rule is counted. */
export type RateLimitSubjects = Partial<Record<RateLimitSubject, string>>;

/**
 * The configured limits, counted in fixed windows in PostgreSQL (shared by every process). A
 * window allows `max` requests; the next is refused until the window ends. A refused request
 * still counts, which cannot lengthen the window, only keep a hammering client refused.
 */
@Injectable()
export class RateLimits {
  constructor(
    private readonly counters: RateLimitCounters,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one `action` for each subject, or throws `RateLimitExceededError` when any is over its limit. */
  async consume(action: RateLimitedAction, subjects: RateLimitSubjects): Promise<void> {
    const now = this.clock.now().getTime();
    const checks: { rule: RateLimitRule; hit: RateLimitHit }[] = [];
    for (const [subject, value] of Object.entries(subjects) as [RateLimitSubject, string | undefined][]) {
      const rule = this.config.rateLimits[`${action}.${subject}`];
      if (!rule || value === undefined) continue;
      const windowMs = rule.windowSeconds * 1000;
      const windowStart = Math.floor(now / windowMs) * windowMs;
      checks.push({
        rule,
        hit: { rule: `${action}.${subject}`, subject: value, windowStart: new Date(windowStart), windowEnd: new Date(windowStart + windowMs) },
      });
    }
    const counts = await this.counters.hit(checks.map((c) => c.hit));
    const refusedUntil = checks.filter((c, i) => counts[i] > c.rule.max).map((c) => c.hit.windowEnd.getTime());
    if (refusedUntil.length > 0) throw new RateLimitExceededError(Math.max(1, Math.ceil((Math.max(...refusedUntil) - now) / 1000)));
  }
}
