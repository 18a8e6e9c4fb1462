import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated } from '@okpay/auth';
import { QUEUE_KINDS, QueueCalendars, QueueKind } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { AssignQueueCalendarDto, CreateCalendarDto, ReplaceCalendarDto, toCalendarDefinition } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCalendarView, toQueueView } from '../mappers/routing.mapper';
import { ApiErrorCode, CalendarView, CalendarViewSchema, QueueCalendarView, QueueCalendarViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Business-hours calendars and which queue uses which. Agents read; admins edit. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class CalendarsController {
  constructor(private readonly calendars: QueueCalendars) {}

  @Get('calendars')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'All business-hours calendars', body: Type.Array(CalendarViewSchema) })
  async list(): Promise<CalendarView[]> {
    return (await this.calendars.list()).map(toCalendarView);
  }

  @Post('calendars')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Create a business-hours calendar (admins)', body: CalendarViewSchema, errors: [409] })
  async create(@Body() body: CreateCalendarDto): Promise<CalendarView> {
    return toCalendarView(await this.calendars.create(body.name, toCalendarDefinition(body.definition)));
  }

  @Put('calendars/:id')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Replace a calendar\'s definition (admins)', body: CalendarViewSchema })
  async replace(@Param('id', ResourceIdPipe) id: string, @Body() body: ReplaceCalendarDto): Promise<CalendarView> {
    return toCalendarView(await this.calendars.replaceDefinition(id, toCalendarDefinition(body.definition)));
  }

  @Get('queues')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Which calendar each support queue keeps hours by', body: Type.Array(QueueCalendarViewSchema) })
  async queues(): Promise<QueueCalendarView[]> {
    return (await this.calendars.queues()).map(toQueueView);
  }

  @Put('queues/:kind')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Make a queue keep hours by a calendar (admins)', body: QueueCalendarViewSchema, errors: [422] })
  async assign(@Param('kind') kind: string, @Body() body: AssignQueueCalendarDto): Promise<QueueCalendarView> {
    if (!(QUEUE_KINDS as readonly string[]).includes(kind)) throw new DomainError<ApiErrorCode>('queue_not_found', 'No such queue.');
    await this.calendars.assignToQueue(kind as QueueKind, body.calendarId.toLowerCase());
    return { kind, calendarId: body.calendarId.toLowerCase() };
  }
}
