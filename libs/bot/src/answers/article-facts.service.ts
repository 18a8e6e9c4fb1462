import { Inject, Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { EventBus } from '@okpay/database';
import { QueueCalendars } from '@okpay/routing';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { articleFactValues } from './article-fact-values';

/** A changed calendar or fee shows in answers within this long. */
const FACTS_FRESH_FOR_MS = 60_000;

/**
 * The values behind every `{{fact}}` in the articles (knowledge-base/FACTS.md), computed from the
 * sources of truth: wallet-core's fee schedule and limits, the support calendar, the configuration.
 * Change a fee in wallet-core and every answer changes with it.
 */
@Injectable()
export class ArticleFacts {
  constructor(
    private readonly calendars: QueueCalendars,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    events: EventBus,
  ) {
    // A calendar edited in any process shows in the next answer, not the next minute.
    events.subscribe('calendars.changed', () => this.cache.clear());
    events.subscribe('events.resumed', () => this.cache.clear());
  }

  private readonly cache = new Map<string, Promise<Record<string, string>>>();

  /**
   * Facts as of `now`, computed at most once a minute per locale: every answer needs them, and
   * the calendar query and the two weeks of opening hours behind them dominated a bot turn.
   */
  facts(locale: Locale, now: Date): Promise<Record<string, string>> {
    const key = `${locale}@${Math.floor(now.getTime() / FACTS_FRESH_FOR_MS)}`;
    let facts = this.cache.get(key);
    if (!facts) {
      if (this.cache.size > 8) this.cache.clear();
      facts = this.compute(locale, now);
      this.cache.set(key, facts);
      facts.catch(() => this.cache.delete(key));
    }
    return facts;
  }

  private async compute(locale: Locale, now: Date): Promise<Record<string, string>> {
    const calendar = await this.calendars.forQueue('chat');
    return articleFactValues(locale, now, { calendar, hotline: this.config.supportHotline, email: this.config.supportAddress });
  }
}
