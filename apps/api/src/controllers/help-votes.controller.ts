import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Public } from '@okpay/auth';
import { BotKnowledge } from '@okpay/bot';
import { HelpArticleVoteCountsView, HelpArticleVoteCountsViewSchema } from '@okpay/contracts';
import { HelpVoteDto } from '../dto/help-vote.dto';
import { HelpArticleVotes } from '../help/help-article-votes';
import { isHelpPage } from '../help/help-categories';
import { HelpPageNotFoundError } from '../help/help-page-not-found.error';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { RateLimit } from '../limits/rate-limit.decorator';

@ApiTags('help')
@Controller('help-votes')
export class HelpVotesController {
  constructor(
    private readonly votes: HelpArticleVotes,
    private readonly knowledge: BotKnowledge,
  ) {}

  /** "Was this helpful?" from a help centre page; anyone may answer, a script not often. */
  @Post()
  @HttpCode(204)
  @Public()
  @RateLimit('help_vote')
  @ApiAnswer({ summary: 'Answer "Was this helpful?" for a help article', body: 'none', errors: [404] })
  async vote(@Body() body: HelpVoteDto): Promise<void> {
    const article = this.knowledge.knowledgeBase.article(body.locale, body.articleId);
    if (!article || !isHelpPage(article.intent)) throw new HelpPageNotFoundError();
    await this.votes.record(body.locale, article.id, body.helpful);
  }

  @Get()
  @ApiBearerAuth()
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'The help centre\'s "Was this helpful?" answers, counted per article and locale', body: HelpArticleVoteCountsViewSchema })
  counts(): Promise<HelpArticleVoteCountsView> {
    return this.votes.counts();
  }
}
