import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { BotOutcomes } from '@okpay/bot';
import { ConversationMessagesPage, ConversationMessagesPageSchema, ConversationSummary, ConversationSummarySchema } from '@okpay/contracts';
import { ChatQueue, ChatQueueEntryRecord } from '@okpay/routing';
import { ConversationQueries, Conversations } from '@okpay/tickets';
import { ConversationMessagesQuery } from '../dto/chat.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toBotOutcomeView } from '../mappers/bot-outcome.mapper';
import { toChatMessage } from '../mappers/chat-message.mapper';
import { toConversationSummary } from '../mappers/conversation.mapper';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** The inbox's lists and histories, where a socket does not fit (first load, paging back). */
@ApiTags('conversations')
@ApiBearerAuth()
@Controller('conversations')
@Authenticated('agent')
export class ConversationsController {
  constructor(
    private readonly conversations: Conversations,
    private readonly queries: ConversationQueries,
    private readonly queue: ChatQueue,
    private readonly botOutcomes: BotOutcomes,
  ) {}

  /** Chats offered to or owned by the calling agent. */
  @Get('mine')
  @ApiAnswer({ summary: 'Conversations offered to or owned by the calling agent', body: Type.Array(ConversationSummarySchema) })
  async mine(@CurrentPrincipal() agent: Principal): Promise<ConversationSummary[]> {
    return this.summaries(await this.queue.agentChats(agent.id));
  }

  /** Chats waiting for a person, first in line first. */
  @Get('waiting')
  @ApiAnswer({ summary: 'Conversations waiting for a person, first in line first', body: Type.Array(ConversationSummarySchema) })
  async waiting(): Promise<ConversationSummary[]> {
    return this.summaries(await this.queue.waitingList());
  }

  /** The summary, with how the bot's part of the chat ended (the widget's chat is the bot's conversation, same id). */
  @Get(':id')
  @ApiAnswer({ summary: 'A conversation\'s summary, with how the bot\'s part of it ended', body: ConversationSummarySchema })
  async one(@Param('id', ResourceIdPipe) id: string): Promise<ConversationSummary> {
    const conversation = await this.conversations.get(id);
    const [last, entry, botOutcome] = await Promise.all([this.queries.lastMessages([id]), this.queue.current(id), this.botOutcomes.outcomeOf(id)]);
    return { ...toConversationSummary(conversation, entry, last.get(id)), botOutcome: botOutcome ? toBotOutcomeView(botOutcome) : null };
  }

  /** History, internal notes included, oldest first from `afterSeq`. */
  @Get(':id/messages')
  @ApiAnswer({ summary: 'A conversation\'s history, internal notes included, oldest first from `afterSeq`', body: ConversationMessagesPageSchema })
  async messages(@Param('id', ResourceIdPipe) id: string, @Query() query: ConversationMessagesQuery): Promise<ConversationMessagesPage> {
    await this.conversations.get(id);
    const page = await this.queries.messagesAfter(id, query.afterSeq ?? 0, { includeInternal: true, limit: query.limit ?? 100 });
    return { items: page.items.map((stored) => toChatMessage(stored, 'agent')), nextAfterSeq: page.complete ? null : page.lastSeq };
  }

  private async summaries(entries: ChatQueueEntryRecord[]): Promise<ConversationSummary[]> {
    const ids = entries.map((e) => e.conversationId);
    const [conversations, last] = await Promise.all([this.conversations.findMany(ids), this.queries.lastMessages(ids)]);
    const byId = new Map(conversations.map((c) => [c.id, c]));
    // A queue entry whose conversation never connected over a socket has no conversation row.
    return entries.filter((e) => byId.has(e.conversationId)).map((e) => toConversationSummary(byId.get(e.conversationId)!, e, last.get(e.conversationId)));
  }
}
