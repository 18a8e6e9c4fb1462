import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import { BotOutcomes } from '@okpay/bot';
import { BotOutcomeCountsView, BotOutcomeCountsViewSchema } from '@okpay/contracts';
import { QueueCalendars } from '@okpay/routing';
import { FieldProblem, RequestValidationError } from '@okpay/shared';
import { DateTime } from 'luxon';
import { BotOutcomesQuery } from '../dto/bot-outcomes.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** A year and a day: enough for any report, small enough to stay one cheap query. */
const MAX_RANGE_DAYS = 366;

@ApiTags('bot')
@ApiBearerAuth()
@Controller('bot/outcomes')
export class BotOutcomesController {
  constructor(
    private readonly outcomes: BotOutcomes,
    private readonly calendars: QueueCalendars,
  ) {}

  @Get()
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Bot conversations started in a range of days, counted by outcome (open, handed_off, resolved, abandoned)', body: BotOutcomeCountsViewSchema })
  async counts(@Query() query: BotOutcomesQuery): Promise<BotOutcomeCountsView> {
    const timeZone = (await this.calendars.forQueue('chat')).timeZone;
    const from = DateTime.fromISO(query.from, { zone: timeZone });
    const to = DateTime.fromISO(query.to, { zone: timeZone });
    const problems: FieldProblem[] = [];
    if (!from.isValid) problems.push({ field: 'from', code: 'invalid_date', message: 'from is not a calendar date' });
    if (!to.isValid) problems.push({ field: 'to', code: 'invalid_date', message: 'to is not a calendar date' });
    if (from.isValid && to.isValid && to < from) problems.push({ field: 'to', code: 'before_from', message: 'to must not be before from' });
    if (from.isValid && to.isValid && to.diff(from, 'days').days >= MAX_RANGE_DAYS) {
      problems.push({ field: 'to', code: 'range_too_long', message: `the range must be at most ${MAX_RANGE_DAYS} days` });
    }
    if (problems.length > 0) throw new RequestValidationError(problems);
    const counts = await this.outcomes.botOutcomeCounts(from.startOf('day').toJSDate(), to.plus({ days: 1 }).startOf('day').toJSDate());
    return { from: query.from, to: query.to, timeZone, counts: { ...counts }, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  }
}
