import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { QUEUE_KINDS, QueueCalendars, QueueKind } from '@okpay/routing';
import { Clock, DomainError } from '@okpay/shared';
import { AssignQueueCalendarDto, CalendarOpeningsQuery, CalendarPreviewDto, CreateCalendarDto, ReplaceCalendarDto, toCalendarDefinition } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCalendarView, toQueueView } from '../mappers/routing.mapper';
import {
  ApiErrorCode,
  CalendarOpeningsView,
  CalendarOpeningsViewSchema,
  CalendarView,
  CalendarViewSchema,
  QueueCalendarView,
  QueueCalendarViewSchema,
} from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { AdminAuditLog } from '../admin/admin-audit-log';
import { calendarOpenings, PREVIEW_DAYS } from '../admin/calendar-openings';

/** Business-hours calendars and which queue uses which. Agents read; admins and supervisors edit, each edit audited. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class CalendarsController {
  constructor(
    private readonly calendars: QueueCalendars,
    private readonly audit: AdminAuditLog,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get('calendars')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'All business-hours calendars', body: Type.Array(CalendarViewSchema) })
  async list(): Promise<CalendarView[]> {
    return (await this.calendars.list()).map(toCalendarView);
  }

  @Post('calendars')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Create a business-hours calendar (admins, supervisors)', body: CalendarViewSchema, errors: [409] })
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CreateCalendarDto): Promise<CalendarView> {
    const created = toCalendarView(await this.calendars.create(body.name, toCalendarDefinition(body.definition)));
    await this.audit.record(actor.id, 'calendar.created', { type: 'calendar', id: created.id }, null, created);
    return created;
  }

  @Put('calendars/:id')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Replace a calendar\'s hours, holidays and overrides (admins, supervisors)', body: CalendarViewSchema, errors: [404] })
  async replace(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: ReplaceCalendarDto): Promise<CalendarView> {
    const before = toCalendarView(await this.calendars.get(id));
    const after = toCalendarView(await this.calendars.replaceDefinition(id, toCalendarDefinition(body.definition)));
    await this.audit.record(actor.id, 'calendar.replaced', { type: 'calendar', id }, before, after);
    return after;
  }

  @Get('calendars/:id/openings')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'A calendar\'s next open periods (default: the next 14 days)', body: CalendarOpeningsViewSchema, errors: [404] })
  async openings(@Param('id', ResourceIdPipe) id: string, @Query() query: CalendarOpeningsQuery): Promise<CalendarOpeningsView> {
    const calendar = await this.calendars.get(id);
    return calendarOpenings(calendar.definition, this.clock.now(), query.days ?? PREVIEW_DAYS);
  }

  /** Changes nothing: what an edited definition would open, before it is saved. */
  @Post('calendar-previews')
  @HttpCode(200)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'The open periods a calendar definition would have, without saving it', body: CalendarOpeningsViewSchema })
  preview(@Body() body: CalendarPreviewDto): CalendarOpeningsView {
    return calendarOpenings(toCalendarDefinition(body.definition), this.clock.now(), body.days ?? PREVIEW_DAYS);
  }

  @Get('queues')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Which calendar each support queue keeps hours by', body: Type.Array(QueueCalendarViewSchema) })
  async queues(): Promise<QueueCalendarView[]> {
    return (await this.calendars.queues()).map(toQueueView);
  }

  @Put('queues/:kind')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Make a queue keep hours by a calendar (admins, supervisors)', body: QueueCalendarViewSchema, errors: [404, 422] })
  async assign(@CurrentPrincipal() actor: Principal, @Param('kind') kind: string, @Body() body: AssignQueueCalendarDto): Promise<QueueCalendarView> {
    if (!(QUEUE_KINDS as readonly string[]).includes(kind)) throw new DomainError<ApiErrorCode>('queue_not_found', 'No such queue.');
    const before = (await this.calendars.queues()).find((q) => q.kind === kind);
    await this.calendars.assignToQueue(kind as QueueKind, body.calendarId.toLowerCase());
    const after = { kind, calendarId: body.calendarId.toLowerCase() };
    await this.audit.record(actor.id, 'queue.calendar_assigned', { type: 'queue', id: kind }, before ? toQueueView(before) : null, after);
    return after;
  }
}
