import { Body, Controller, Get, Header, Inject, Param, Post, Query, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { ArticleFacts, BotKnowledge } from '@okpay/bot';
import { isLocale, Locale } from '@okpay/contracts';
import { fillFacts } from '@okpay/knowledge-base';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';
import { HelpVoteFormDto } from '../dto/help-vote.dto';
import { HelpArticleVotes } from '../help/help-article-votes';
import { HelpPageNotFoundError } from '../help/help-page-not-found.error';
import { RateLimit } from '../limits/rate-limit.decorator';
import { isHelpPage } from '../help/help-categories';
import { articleHtml, articlePage, HELP_PAGE_CSP, helpPages, indexPage, searchPage } from '../help/help-centre-pages';

const HTML = 'text/html; charset=utf-8';

/** The public help centre: the same articles the bot answers from, server-rendered, both locales. */
@ApiExcludeController()
@Controller('help')
export class HelpCentreController {
  constructor(
    private readonly knowledge: BotKnowledge,
    private readonly facts: ArticleFacts,
    private readonly clock: Clock,
    private readonly votes: HelpArticleVotes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @Redirect('/help/zh-CN', 302)
  root(): void {}

  @Get(':locale')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', HELP_PAGE_CSP)
  index(@Param('locale') locale: string): string {
    const lang = this.locale(locale);
    return indexPage(lang, this.knowledge.knowledgeBase.list(lang), this.config.publicUrl);
  }

  @Get(':locale/search')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', HELP_PAGE_CSP)
  search(@Param('locale') locale: string, @Query('q') query: unknown): string {
    const lang = this.locale(locale);
    const q = typeof query === 'string' ? query.slice(0, 200).trim() : '';
    return searchPage(lang, q, q ? this.searchArticles(lang, q) : [], this.knowledge.knowledgeBase.list(lang), this.config.publicUrl);
  }

  @Get(':locale/:id')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', HELP_PAGE_CSP)
  async article(@Param('locale') locale: string, @Param('id') id: string, @Query('voted') voted: unknown): Promise<string> {
    const article = this.helpArticle(locale, id);
    const lang = article.locale;
    const html = articleHtml(fillFacts(article.body, await this.facts.facts(lang, this.clock.now())));
    const related = article.related.map((r) => this.knowledge.knowledgeBase.article(lang, r)).filter((a) => a !== undefined);
    return articlePage(article, html, related, this.knowledge.knowledgeBase.list(lang), this.config.publicUrl, voted === '1');
  }

  /** "Was this helpful?" without JavaScript: the form posts here and comes back to the article, thanked. */
  @Post(':locale/:id/vote')
  @Public()
  @RateLimit('help_vote')
  @Redirect()
  async vote(@Param('locale') locale: string, @Param('id') id: string, @Body() body: HelpVoteFormDto): Promise<{ url: string; statusCode: number }> {
    const article = this.helpArticle(locale, id);
    await this.votes.record(article.locale, article.id, body.helpful === 'true');
    return { url: `/help/${article.locale}/${article.id}?voted=1#hc-vote`, statusCode: 303 };
  }

  private helpArticle(locale: string, id: string) {
    const article = this.knowledge.knowledgeBase.article(this.locale(locale), id);
    if (!article || !isHelpPage(article.intent)) throw new HelpPageNotFoundError();
    return article;
  }

  private locale(value: string): Locale {
    if (!isLocale(value)) throw new HelpPageNotFoundError();
    return value;
  }

  /** The classifier's best intents first (it understands paraphrases), then title and tag matches. */
  private searchArticles(locale: Locale, query: string) {
    const kb = this.knowledge.knowledgeBase;
    const prediction = this.knowledge.classifier.classify(query);
    const byIntent = prediction.ranked.filter((r) => r.probability >= 0.15).map((r) => kb.forIntent(locale, r.intent));
    const needle = query.toLowerCase();
    const byText = kb.list(locale).filter((a) => a.title.toLowerCase().includes(needle) || a.tags.some((t) => needle.includes(t.toLowerCase())));
    return [...new Map(helpPages([...byIntent, ...byText]).map((a) => [a.id, a])).values()].slice(0, 8);
  }
}
