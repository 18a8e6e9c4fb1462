import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { ChatAssignment, ChatQueue } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { CallbackRequestDto, ChatRequestDto } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCallbackView, toChatAdmissionView, toChatQueueItem, toQueuePositionView } from '../mappers/routing.mapper';

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
  async request(@CurrentPrincipal() visitor: Principal, @Body() body: ChatRequestDto) {
    if (visitor.kind !== 'visitor') throw new DomainError('forbidden', 'forbidden', 'Only a widget visitor can ask here.');
    return toChatAdmissionView(await this.queue.request({ conversationId: visitor.conversationId, ...body }));
  }

  @Get('requests/mine')
  @Authenticated('visitor')
  async myPosition(@CurrentPrincipal() visitor: Principal) {
    const position = visitor.kind === 'visitor' ? await this.queue.position(visitor.conversationId) : null;
    if (!position) throw new DomainError('not_found', 'not_queued', 'This conversation is not waiting for an agent.');
    return toQueuePositionView(position);
  }

  /** Rather be phoned: the chat leaves the queue for a callback that keeps its first arrival. */
  @Post('requests/mine/callback')
  @Authenticated('visitor')
  async convertToCallback(@CurrentPrincipal() visitor: Principal, @Body() body: CallbackRequestDto) {
    if (visitor.kind !== 'visitor') throw new DomainError('forbidden', 'forbidden', 'Only a widget visitor can ask here.');
    return toCallbackView(await this.queue.convertToCallback(visitor.conversationId, body));
  }

  @Get()
  @Authenticated('agent')
  async waiting() {
    return (await this.queue.waitingList()).map(toChatQueueItem);
  }

  @Get('mine')
  @Authenticated('agent')
  async mine(@CurrentPrincipal() agent: Principal) {
    return (await this.queue.agentChats(agent.id)).map(toChatQueueItem);
  }

  @Get('metrics')
  @Authenticated('agent')
  metrics() {
    return this.queue.metrics();
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated('agent')
  async accept(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string) {
    return toChatQueueItem(await this.assignment.accept(agent.id, id));
  }

  /** Hands the chat back for another agent; it keeps its place by first arrival. */
  @Post(':id/transfer')
  @HttpCode(200)
  @Authenticated('agent')
  async transfer(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string) {
    return toChatQueueItem(await this.assignment.transfer(agent.id, id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authenticated('agent')
  async close(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string) {
    return toChatQueueItem(await this.assignment.close(agent.id, id));
  }
}
