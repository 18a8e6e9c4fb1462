import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated } from '@okpay/auth';
import { QUEUE_KINDS, QueueCalendars, QueueKind } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { AssignQueueCalendarDto, CreateCalendarDto, ReplaceCalendarDto, toCalendarDefinition } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCalendarView, toQueueView } from '../mappers/routing.mapper';

/** Business-hours calendars and which queue uses which. Agents read; admins edit. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class CalendarsController {
  constructor(private readonly calendars: QueueCalendars) {}

  @Get('calendars')
  @Authenticated('agent')
  async list() {
    return (await this.calendars.list()).map(toCalendarView);
  }

  @Post('calendars')
  @AgentRoles('admin')
  async create(@Body() body: CreateCalendarDto) {
    return toCalendarView(await this.calendars.create(body.name, toCalendarDefinition(body.definition)));
  }

  @Put('calendars/:id')
  @AgentRoles('admin')
  async replace(@Param('id', ResourceIdPipe) id: string, @Body() body: ReplaceCalendarDto) {
    return toCalendarView(await this.calendars.replaceDefinition(id, toCalendarDefinition(body.definition)));
  }

  @Get('queues')
  @Authenticated('agent')
  async queues() {
    return (await this.calendars.queues()).map(toQueueView);
  }

  @Put('queues/:kind')
  @AgentRoles('admin')
  async assign(@Param('kind') kind: string, @Body() body: AssignQueueCalendarDto) {
    if (!(QUEUE_KINDS as readonly string[]).includes(kind)) throw new DomainError('not_found', 'queue_not_found', 'No such queue.');
    await this.calendars.assignToQueue(kind as QueueKind, body.calendarId.toLowerCase());
    return { kind, calendarId: body.calendarId.toLowerCase() };
  }
}
