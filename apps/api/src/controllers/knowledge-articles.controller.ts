import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import { ArticleFacts, BotKnowledge } from '@okpay/bot';
import {
  ApiErrorCode,
  isLocale,
  KnowledgeArticlePreviewView,
  KnowledgeArticlePreviewViewSchema,
  KnowledgeArticleSummaryView,
  KnowledgeArticleSummaryViewSchema,
  LOCALES,
} from '@okpay/contracts';
import { fillFacts } from '@okpay/knowledge-base';
import { Clock, DomainError } from '@okpay/shared';
import { Type } from '@sinclair/typebox';
import { articleHtml } from '../help/help-centre-pages';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** The knowledge base as admins review it: read-only, since articles are edited in git. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/articles')
export class KnowledgeArticlesController {
  constructor(
    private readonly knowledge: BotKnowledge,
    private readonly facts: ArticleFacts,
    private readonly clock: Clock,
  ) {}

  @Get()
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Every knowledge-base article with its intent and the locales it is written in', body: Type.Array(KnowledgeArticleSummaryViewSchema) })
  list(): KnowledgeArticleSummaryView[] {
    const kb = this.knowledge.knowledgeBase;
    const byId = new Map<string, KnowledgeArticleSummaryView>();
    for (const locale of LOCALES) {
      for (const article of kb.list(locale)) {
        const summary = byId.get(article.id) ?? { id: article.id, intent: article.intent, versions: [] };
        summary.versions.push({ locale, title: article.title, examples: article.examples.length });
        byId.set(article.id, summary);
      }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  @Get(':id/:locale')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'One locale of an article rendered as customers see it, with today\'s facts filled in', body: KnowledgeArticlePreviewViewSchema, errors: [404] })
  async preview(@Param('id') id: string, @Param('locale') locale: string): Promise<KnowledgeArticlePreviewView> {
    const article = isLocale(locale) ? this.knowledge.knowledgeBase.article(locale, id) : undefined;
    if (!article) throw new DomainError<ApiErrorCode>('article_not_found', 'No such article in this language.');
    const html = articleHtml(fillFacts(article.body, await this.facts.facts(article.locale, this.clock.now())));
    return { id: article.id, locale: article.locale, intent: article.intent, title: article.title, html, sourcePath: article.sourcePath };
  }
}
