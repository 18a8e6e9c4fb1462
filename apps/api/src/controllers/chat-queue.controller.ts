import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { ChatAssignment, ChatQueue } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { CallbackRequestDto, ChatRequestDto } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCallbackView, toChatAdmissionView, toChatQueueItem, toQueuePositionView } from '../mappers/routing.mapper';
import { ApiErrorCode, CallbackView, CallbackViewSchema, ChatAdmissionView, ChatAdmissionViewSchema, ChatQueueItemView, ChatQueueItemViewSchema, ChatQueueMetricsView, ChatQueueMetricsViewSchema, QueuePositionView, QueuePositionViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/**
 * The live-chat queue. Widget visitors ask for a person for their own conversation (the one
 * their token names); agents accept offers, close chats and watch the queue.
 */
@ApiTags('chat-queue')
@ApiBearerAuth()
@Controller('chat-queue')
export class ChatQueueController {
  constructor(
    private readonly queue: ChatQueue,
    private readonly assignment: ChatAssignment,
  ) {}

  /** Joins the queue, or says why not (closed, closing soon, nobody available) and when we open. */
  @Post('requests')
  @Authenticated('visitor')
  @ApiAnswer({ summary: 'Ask for a person for the visitor\'s conversation: a place in the queue, or why not and when we open', body: ChatAdmissionViewSchema, errors: [409] })
  async request(@CurrentPrincipal() visitor: Principal, @Body() body: ChatRequestDto): Promise<ChatAdmissionView> {
    if (visitor.kind !== 'visitor') throw new DomainError<ApiErrorCode>('forbidden', 'Only a widget visitor can ask here.');
    return toChatAdmissionView(await this.queue.request({ conversationId: visitor.conversationId, ...body }));
  }

  @Get('requests/mine')
  @Authenticated('visitor')
  @ApiAnswer({ summary: 'The visitor\'s place in the chat queue', body: QueuePositionViewSchema, errors: [404] })
  async myPosition(@CurrentPrincipal() visitor: Principal): Promise<QueuePositionView> {
    const position = visitor.kind === 'visitor' ? await this.queue.position(visitor.conversationId) : null;
    if (!position) throw new DomainError<ApiErrorCode>('not_queued', 'This conversation is not waiting for an agent.');
    return toQueuePositionView(position);
  }

  /** Rather be phoned: the chat leaves the queue for a callback that keeps its first arrival. */
  @Post('requests/mine/callback')
  @Authenticated('visitor')
  @ApiAnswer({ summary: 'Leave the chat queue for a callback that keeps the first arrival', body: CallbackViewSchema, errors: [404, 409, 422] })
  async convertToCallback(@CurrentPrincipal() visitor: Principal, @Body() body: CallbackRequestDto): Promise<CallbackView> {
    if (visitor.kind !== 'visitor') throw new DomainError<ApiErrorCode>('forbidden', 'Only a widget visitor can ask here.');
    return toCallbackView(await this.queue.convertToCallback(visitor.conversationId, body));
  }

  @Get()
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Chats waiting for an agent, first in line first', body: Type.Array(ChatQueueItemViewSchema) })
  async waiting(): Promise<ChatQueueItemView[]> {
    return (await this.queue.waitingList()).map(toChatQueueItem);
  }

  @Get('mine')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Chats offered to or owned by the calling agent', body: Type.Array(ChatQueueItemViewSchema) })
  async mine(@CurrentPrincipal() agent: Principal): Promise<ChatQueueItemView[]> {
    return (await this.queue.agentChats(agent.id)).map(toChatQueueItem);
  }

  @Get('metrics')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Figures over the whole chat queue: waiting, oldest wait, agents, service level', body: ChatQueueMetricsViewSchema })
  metrics(): Promise<ChatQueueMetricsView> {
    return this.queue.metrics();
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Accept a chat offered to the calling agent', body: ChatQueueItemViewSchema, errors: [409] })
  async accept(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string): Promise<ChatQueueItemView> {
    return toChatQueueItem(await this.assignment.accept(agent.id, id));
  }

  /** Hands the chat back for another agent; it keeps its place by first arrival. */
  @Post(':id/transfer')
  @HttpCode(200)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Hand a chat back for another agent; it keeps its place by first arrival', body: ChatQueueItemViewSchema, errors: [409] })
  async transfer(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string): Promise<ChatQueueItemView> {
    return toChatQueueItem(await this.assignment.transfer(agent.id, id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Close a chat the calling agent owns', body: ChatQueueItemViewSchema, errors: [409] })
  async close(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string): Promise<ChatQueueItemView> {
    return toChatQueueItem(await this.assignment.close(agent.id, id));
  }
}
