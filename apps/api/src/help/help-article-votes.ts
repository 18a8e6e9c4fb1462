import { Injectable } from '@nestjs/common';
import { HelpArticleVoteCountsView, Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';

/** The help centre's "Was this helpful?" answers: stored one per vote, counted per article. */
@Injectable()
export class HelpArticleVotes {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(locale: Locale, articleId: string, helpful: boolean): Promise<void> {
    await this.db.query(`INSERT INTO help_article_votes (locale, article_id, helpful, created_at) VALUES ($1, $2, $3, $4)`, [locale, articleId, helpful, this.clock.now()]);
  }

  async counts(): Promise<HelpArticleVoteCountsView> {
    const rows: { locale: Locale; article_id: string; helpful: string; not_helpful: string }[] = await this.db.query(
      `SELECT locale, article_id, count(*) FILTER (WHERE helpful) AS helpful, count(*) FILTER (WHERE NOT helpful) AS not_helpful
       FROM help_article_votes GROUP BY locale, article_id ORDER BY article_id, locale`,
    );
    return { items: rows.map((r) => ({ locale: r.locale, articleId: r.article_id, helpful: Number(r.helpful), notHelpful: Number(r.not_helpful) })) };
  }
}
