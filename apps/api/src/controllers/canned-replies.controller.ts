import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentDirectory, AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import {
  CHAT_EVENTS,
  CannedResponseView,
  CannedResponseViewSchema,
  Locale,
  MacroPreviewView,
  MacroPreviewViewSchema,
  MacroView,
  MacroViewSchema,
  RenderedReplyView,
  RenderedReplyViewSchema,
  TicketMessageView,
  TicketMessageViewSchema,
} from '@okpay/contracts';
import { CannedReplies, ContactQueries, Conversations, ReplyContext, TicketQueries } from '@okpay/tickets';
import { CustomerDirectory } from '@okpay/wallet-core';
import { CannedReplyDto, CannedResponseDto, CannedResponseListQuery, MacroDto } from '../dto/replies.dto';
import { ChatSocketHub } from '../chat/chat-socket-hub';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toTicketMessageView } from '../mappers/ticket.mapper';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { AdminAuditLog } from '../admin/admin-audit-log';

/** Canned responses (zh-CN / en templates) and macros. Agents use them; supervisors and admins write them. */
@ApiTags('tickets')
@ApiBearerAuth()
@Controller()
export class CannedRepliesController {
  constructor(
    private readonly replies: CannedReplies,
    private readonly tickets: TicketQueries,
    private readonly customers: CustomerDirectory,
    private readonly agents: AgentDirectory,
    private readonly contacts: ContactQueries,
    private readonly conversations: Conversations,
    private readonly audit: AdminAuditLog,
    private readonly sockets: ChatSocketHub,
  ) {}

  @Get('canned-responses')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Canned responses, optionally in one language', body: Type.Array(CannedResponseViewSchema) })
  async list(@Query() query: CannedResponseListQuery): Promise<CannedResponseView[]> {
    return (await this.replies.list(query.locale)).map(toCannedResponseView);
  }

  @Post('canned-responses')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Create a canned response (supervisors, admins)', body: CannedResponseViewSchema, errors: [409] })
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CannedResponseDto): Promise<CannedResponseView> {
    const created = toCannedResponseView(await this.replies.create(body.name, body.locale, body.body));
    await this.audit.record(actor.id, 'canned_response.created', { type: 'canned_response', id: created.id }, null, created);
    return created;
  }

  @Put('canned-responses/:id')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Replace a canned response\'s name, language and text (supervisors, admins)', body: CannedResponseViewSchema, errors: [404, 409, 422] })
  async replace(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: CannedResponseDto): Promise<CannedResponseView> {
    const { before, after } = await this.replies.replace(id, body.name, body.locale, body.body);
    await this.audit.record(actor.id, 'canned_response.replaced', { type: 'canned_response', id }, toCannedResponseView(before), toCannedResponseView(after));
    return toCannedResponseView(after);
  }

  @Delete('canned-responses/:id')
  @HttpCode(204)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Delete a canned response (supervisors, admins)', body: 'none', errors: [404] })
  async remove(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string): Promise<void> {
    const before = await this.replies.remove(id);
    await this.audit.record(actor.id, 'canned_response.deleted', { type: 'canned_response', id }, toCannedResponseView(before), null);
  }

  @Post('tickets/:id/canned-replies')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Reply on a ticket with a canned response, its variables filled in', body: TicketMessageViewSchema, errors: [422] })
  async reply(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) ticketId: string, @Body() body: CannedReplyDto): Promise<TicketMessageView> {
    const { context } = await this.contextFor(agent.id, ticketId);
    const { message } = await this.replies.reply(agent.id, ticketId, body.cannedResponseId, context);
    this.sockets.toAllAgents(CHAT_EVENTS.ticketsChanged, { ticketIds: [message.ticketId] });
    return toTicketMessageView(message);
  }

  @Get('tickets/:id/canned-replies/:cannedResponseId')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'A canned response as it would read on this ticket (requester\'s name filled in), for editing before sending', body: RenderedReplyViewSchema })
  async renderForTicket(
    @CurrentPrincipal() agent: Principal,
    @Param('id', ResourceIdPipe) ticketId: string,
    @Param('cannedResponseId', ResourceIdPipe) cannedResponseId: string,
  ): Promise<RenderedReplyView> {
    const { context } = await this.contextFor(agent.id, ticketId);
    return { cannedResponseId, body: await this.replies.render(cannedResponseId, context) };
  }

  @Get('conversations/:id/canned-replies/:cannedResponseId')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'A canned response as it would read in this chat (the customer\'s name filled in), for editing before sending', body: RenderedReplyViewSchema })
  async renderForChat(
    @CurrentPrincipal() agent: Principal,
    @Param('id', ResourceIdPipe) conversationId: string,
    @Param('cannedResponseId', ResourceIdPipe) cannedResponseId: string,
  ): Promise<RenderedReplyView> {
    const conversation = await this.conversations.get(conversationId);
    const customer = conversation.customerId ? await this.customers.findById(conversation.customerId) : null;
    const agentRecord = await this.agents.findActiveById(agent.id);
    const context: ReplyContext = {
      ticket: { reference: '', subject: '', status: conversation.status },
      customer: { name: customer?.name ?? '' },
      agent: { name: agentRecord?.name ?? '' },
    };
    return { cannedResponseId, body: await this.replies.render(cannedResponseId, context) };
  }

  @Get('tickets/:id/macros/:macroId')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'What applying the macro to this ticket would do, its reply rendered; changes nothing', body: MacroPreviewViewSchema })
  async previewMacro(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) ticketId: string, @Param('macroId', ResourceIdPipe) macroId: string): Promise<MacroPreviewView> {
    const { context, locale } = await this.contextFor(agent.id, ticketId);
    const { macro, reply } = await this.replies.previewMacro(macroId, locale, context);
    return { id: macro.id, name: macro.name, actions: macro.actions, reply };
  }

  @Get('macros')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'All macros', body: Type.Array(MacroViewSchema) })
  async macros(): Promise<MacroView[]> {
    return (await this.replies.macros()).map(toMacroView);
  }

  @Post('macros')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Create a macro (supervisors, admins)', body: MacroViewSchema, errors: [409] })
  async createMacro(@CurrentPrincipal() actor: Principal, @Body() body: MacroDto): Promise<MacroView> {
    const created = toMacroView(await this.replies.createMacro(body.name, body.actions));
    await this.audit.record(actor.id, 'macro.created', { type: 'macro', id: created.id }, null, created);
    return created;
  }

  @Put('macros/:macroId')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Replace a macro\'s name and actions (supervisors, admins)', body: MacroViewSchema, errors: [404, 409] })
  async replaceMacro(@CurrentPrincipal() actor: Principal, @Param('macroId', ResourceIdPipe) id: string, @Body() body: MacroDto): Promise<MacroView> {
    const { before, after } = await this.replies.replaceMacro(id, body.name, body.actions);
    await this.audit.record(actor.id, 'macro.replaced', { type: 'macro', id }, toMacroView(before), toMacroView(after));
    return toMacroView(after);
  }

  @Delete('macros/:macroId')
  @HttpCode(204)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Delete a macro (supervisors, admins)', body: 'none', errors: [404] })
  async removeMacro(@CurrentPrincipal() actor: Principal, @Param('macroId', ResourceIdPipe) id: string): Promise<void> {
    const before = await this.replies.removeMacro(id);
    await this.audit.record(actor.id, 'macro.deleted', { type: 'macro', id }, toMacroView(before), null);
  }

  @Post('tickets/:id/macros/:macroId')
  @HttpCode(204)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Apply a macro to a ticket: set its fields and reply in the customer\'s language', body: 'none', errors: [422] })
  async applyMacro(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) ticketId: string, @Param('macroId', ResourceIdPipe) macroId: string) {
    const { context, locale } = await this.contextFor(agent.id, ticketId);
    await this.replies.applyMacro(agent.id, ticketId, macroId, locale, context);
    this.sockets.toAllAgents(CHAT_EVENTS.ticketsChanged, { ticketIds: [ticketId] });
  }

  /** The variables a template may use, from the ticket, its wallet customer and the agent. */
  private async contextFor(agentId: string, ticketId: string): Promise<{ context: ReplyContext; locale: Locale }> {
    const { ticket } = await this.tickets.detail({ kind: 'agent', id: agentId }, ticketId);
    const customer = ticket.customerId ? await this.customers.findById(ticket.customerId) : null;
    // An email sender has no wallet account: their name is the one their mail gave the contact.
    const requester = customer ? null : await this.contacts.requesterOf(ticket);
    const agent = await this.agents.findActiveById(agentId);
    return {
      locale: customer?.locale ?? ticket.language ?? 'zh-CN',
      context: {
        ticket: { reference: `#${ticket.number}`, subject: ticket.subject, status: ticket.status },
        customer: { name: customer?.name ?? requester?.name ?? '' },
        agent: { name: agent?.name ?? '' },
      },
    };
  }
}

function toCannedResponseView({ id, name, locale, body }: CannedResponseView): CannedResponseView {
  return { id, name, locale, body };
}

function toMacroView({ id, name, actions }: MacroView): MacroView {
  return { id, name, actions };
}
