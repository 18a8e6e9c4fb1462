import { Controller, Get, Header, Param, Query, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { ArticleFacts, BotKnowledge } from '@okpay/bot';
import { isLocale, Locale } from '@okpay/contracts';
import { fillFacts } from '@okpay/knowledge-base';
import { Clock } from '@okpay/shared';
import { HelpPageNotFoundError } from '../help/help-page-not-found.error';
import { articleHtml, articlePage, indexPage, searchPage } from '../help/help-centre-pages';

const HTML = 'text/html; charset=utf-8';
// Pages are ours alone: no scripts at all, styles inline, nothing framed.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The public help centre: the same articles the bot answers from, server-rendered, both locales. */
@ApiExcludeController()
@Controller('help')
export class HelpCentreController {
  constructor(
    private readonly knowledge: BotKnowledge,
    private readonly facts: ArticleFacts,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @Redirect('/help/zh-CN', 302)
  root(): void {}

  @Get(':locale')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', CSP)
  index(@Param('locale') locale: string): string {
    return indexPage(this.locale(locale), this.knowledge.knowledgeBase.list(this.locale(locale)));
  }

  @Get(':locale/search')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', CSP)
  search(@Param('locale') locale: string, @Query('q') query: unknown): string {
    const lang = this.locale(locale);
    const q = typeof query === 'string' ? query.slice(0, 200).trim() : '';
    return searchPage(lang, q, q ? this.searchArticles(lang, q) : []);
  }

  @Get(':locale/:id')
  @Public()
  @Header('content-type', HTML)
  @Header('content-security-policy', CSP)
  async article(@Param('locale') locale: string, @Param('id') id: string): Promise<string> {
    const lang = this.locale(locale);
    const article = this.knowledge.knowledgeBase.article(lang, id);
    if (!article || article.intent === 'out_of_scope') throw new HelpPageNotFoundError();
    const html = articleHtml(fillFacts(article.body, await this.facts.facts(lang, this.clock.now())));
    const related = article.related.map((r) => this.knowledge.knowledgeBase.article(lang, r)).filter((a) => a !== undefined);
    return articlePage(article, html, related);
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
    return [...new Map([...byIntent, ...byText].filter((a) => a.intent !== 'out_of_scope').map((a) => [a.id, a])).values()].slice(0, 8);
  }
}
