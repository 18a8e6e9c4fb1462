import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { EmailDeliveries } from '@okpay/messaging';
import { TicketAssignment } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { CustomerDirectory } from '@okpay/wallet-core';
import {
  BulkUpdateTicketsUseCase,
  ContactQueries,
  MergeTicketsUseCase,
  OpenTicketUseCase,
  PostTicketMessageUseCase,
  TicketQueries,
  TicketRequester,
  TicketSatisfactionService,
  TicketStatus,
  UpdateTicketUseCase,
} from '@okpay/tickets';
import { BulkTicketChangeDto, MergeTicketDto, OpenTicketDto, SatisfactionDto, TICKET_PAGE_SIZE, TicketListQuery, TicketMessageDto, TicketSearchQuery, UpdateTicketDto } from '../dto/ticket.dto';
import { ChatSocketHub } from '../chat/chat-socket-hub';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { RateLimit } from '../limits/rate-limit.decorator';
import { toTicketRequesterView } from '../mappers/contact.mapper';
import { toTicketDetail, toTicketMessageView, toTicketSummary } from '../mappers/ticket.mapper';
import { ApiErrorCode, CHAT_EVENTS, SatisfactionView, SatisfactionViewSchema, TicketDetailView, TicketDetailViewSchema, TicketMessageView, TicketMessageViewSchema, TicketPageView, TicketPageViewSchema, TicketSummaryView, TicketSummaryViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { Type } from '@sinclair/typebox';

/** Tickets: agents see every ticket; a customer sees only their own, and 404 for any other. */
@ApiTags('tickets')
@ApiBearerAuth()
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly openTicket: OpenTicketUseCase,
    private readonly postMessage: PostTicketMessageUseCase,
    private readonly updateTicket: UpdateTicketUseCase,
    private readonly tickets: TicketQueries,
    private readonly satisfaction: TicketSatisfactionService,
    private readonly mergeTickets: MergeTicketsUseCase,
    private readonly customers: CustomerDirectory,
    private readonly assignment: TicketAssignment,
    private readonly emails: EmailDeliveries,
    private readonly contacts: ContactQueries,
    private readonly bulkUpdate: BulkUpdateTicketsUseCase,
    private readonly sockets: ChatSocketHub,
  ) {}

  /** Agents' lists follow changes made here without waiting for their next read. */
  private announce(...ticketIds: string[]): void {
    this.sockets.toAllAgents(CHAT_EVENTS.ticketsChanged, { ticketIds });
  }

  @Post()
  @Authenticated('customer', 'agent')
  @RateLimit('ticket_create')
  @ApiAnswer({ summary: 'Open a ticket (a customer for themselves, an agent for anyone)', body: TicketSummaryViewSchema, errors: [422] })
  async open(@CurrentPrincipal() principal: Principal, @Body() body: OpenTicketDto): Promise<TicketSummaryView> {
    const requester = requesterOf(principal);
    if (requester.kind === 'customer' && body.customerId && body.customerId !== requester.id) {
      throw new DomainError<ApiErrorCode>('forbidden', 'Customers open tickets only for themselves.');
    }
    const customerId = requester.kind === 'customer' ? requester.id : body.customerId;
    const language = customerId ? (await this.customers.findById(customerId))?.locale : undefined;
    const ticket = await this.openTicket.execute({ ...body, requester, language });
    // Straight to an available agent when one fits; otherwise the minute sweep tries again.
    await this.assignment.assignWaiting();
    this.announce(ticket.id);
    return toTicketSummary(ticket);
  }

  @Get()
  @Authenticated('agent')
  @ApiAnswer({ summary: 'The agents\' ticket inbox, filtered; pass `nextCursor` back as `cursor`', body: TicketPageViewSchema })
  async inbox(@CurrentPrincipal() agent: Principal, @Query() query: TicketListQuery): Promise<TicketPageView> {
    const assignee = query.assignee === 'me' ? agent.id : query.assignee;
    const page = await this.tickets.page(
      {
        status: statusesOf(query.status),
        assignee,
        priority: query.priority,
        channel: query.channel,
        tag: query.tag,
        group: query.group,
        sla: query.sla,
      },
      query.cursor,
      query.pageSize,
    );
    return { items: page.items.map(toTicketSummary), nextCursor: page.nextCursor };
  }

  /** All or nothing: one unknown or closed ticket among them and none changes. */
  @Post('bulk')
  @HttpCode(200)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Change the status, assignee or tags of many tickets at once (assigning to someone else: supervisors and admins)', body: Type.Array(TicketSummaryViewSchema), errors: [404, 422] })
  async bulk(@CurrentPrincipal() agent: Principal, @Body() body: BulkTicketChangeDto): Promise<TicketSummaryView[]> {
    if (agent.kind !== 'agent') throw new DomainError<ApiErrorCode>('forbidden', 'Agents only.');
    const assigningOthers = typeof body.assigneeId === 'string' && body.assigneeId.toLowerCase() !== agent.id;
    if (assigningOthers && agent.role === 'agent') throw new DomainError<ApiErrorCode>('forbidden', 'Only supervisors and admins assign tickets to other agents in bulk.');
    const changed = await this.bulkUpdate.execute(agent.id, body.ticketIds, {
      status: body.status,
      assigneeId: body.assigneeId === undefined ? undefined : (body.assigneeId?.toLowerCase() ?? null),
      addTags: body.addTags,
    });
    this.announce(...changed.map((ticket) => ticket.id));
    return changed.map(toTicketSummary);
  }

  @Get('search')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Search tickets by text', body: TicketPageViewSchema })
  async search(@Query() query: TicketSearchQuery): Promise<TicketPageView> {
    const page = await this.tickets.page({ text: query.q }, query.cursor, TICKET_PAGE_SIZE);
    return { items: page.items.map(toTicketSummary), nextCursor: page.nextCursor };
  }

  @Get('mine')
  @Authenticated('customer')
  @ApiAnswer({ summary: 'The calling customer\'s own tickets', body: TicketPageViewSchema })
  async mine(@CurrentPrincipal() customer: Principal, @Query() query: TicketListQuery): Promise<TicketPageView> {
    const page = await this.tickets.page({ customerId: customer.id, status: statusesOf(query.status) }, query.cursor, query.pageSize);
    return { items: page.items.map(toTicketSummary), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Authenticated('customer', 'agent')
  @ApiAnswer({ summary: 'A ticket with its messages and requester (agents also get the audit trail, mail details and related tickets)', body: TicketDetailViewSchema })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string): Promise<TicketDetailView> {
    const requester = requesterOf(principal);
    const detail = await this.tickets.detail(requester, id);
    const rating = await this.satisfaction.of(id);
    const solved = detail.ticket.status === 'solved' || detail.ticket.status === 'closed';
    return {
      ...toTicketDetail(
        detail,
        toTicketRequesterView(await this.contacts.requesterOf(detail.ticket)),
        requester.kind === 'agent' ? await this.emails.forTicket(id) : undefined,
      ),
      satisfaction: rating ? { score: rating.score, comment: rating.comment } : { requested: solved && !detail.ticket.mergedInto },
    };
  }

  /** The CSAT survey after a ticket is solved: 1–5, once. */
  @Post(':id/satisfaction')
  @Authenticated('customer')
  @ApiAnswer({ summary: 'Rate a solved ticket 1–5, once', body: SatisfactionViewSchema, errors: [409, 422] })
  async rate(@CurrentPrincipal() customer: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: SatisfactionDto): Promise<SatisfactionView> {
    const rating = await this.satisfaction.rate(customer.id, id, body.score, body.comment);
    return { score: rating.score, comment: rating.comment };
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Merge a ticket into another one', body: TicketSummaryViewSchema, errors: [422] })
  async merge(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: MergeTicketDto): Promise<TicketSummaryView> {
    return toTicketSummary(await this.mergeTickets.execute(agent.id, id, body.intoTicketId.toLowerCase()));
  }

  @Post(':id/messages')
  @Authenticated('customer', 'agent')
  @ApiAnswer({
    summary: 'Add a message (agents may add an internal note); on a closed ticket it opens a follow-up; with seenUpdatedAt, refused if the ticket changed since',
    body: TicketMessageViewSchema,
    errors: [409, 422],
  })
  async message(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: TicketMessageDto): Promise<TicketMessageView> {
    const { seenUpdatedAt, ...message } = body;
    const posted = await this.postMessage.execute({
      requester: requesterOf(principal),
      ticketId: id,
      ...message,
      ...(seenUpdatedAt ? { seenUpdatedAt: new Date(seenUpdatedAt) } : {}),
    });
    this.announce(posted.message.ticketId);
    return toTicketMessageView(posted.message);
  }

  @Patch(':id')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Change a ticket\'s status, priority, assignee, tags or group', body: TicketSummaryViewSchema, errors: [422] })
  async update(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: UpdateTicketDto): Promise<TicketSummaryView> {
    const ticket = await this.updateTicket.execute(agent.id, id, body);
    this.announce(ticket.id);
    return toTicketSummary(ticket);
  }
}

function requesterOf(principal: Principal): TicketRequester {
  if (principal.kind === 'visitor') throw new DomainError<ApiErrorCode>('forbidden', 'Sign in to use tickets.');
  return { kind: principal.kind, id: principal.id };
}

/** `new,open` → both; the query's pattern has already refused anything else. */
function statusesOf(status: string | undefined): TicketStatus[] | undefined {
  return status ? (status.split(',') as TicketStatus[]) : undefined;
}
