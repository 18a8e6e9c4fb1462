import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import { BotOutcomes } from '@okpay/bot';
import { BotOutcomeCountsView, BotOutcomeCountsViewSchema } from '@okpay/contracts';
import { QueueCalendars } from '@okpay/routing';
import { DayRangeQuery } from '../dto/day-range.dto';
import { parseDayRange } from '../http/day-range';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

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
  async counts(@Query() query: DayRangeQuery): Promise<BotOutcomeCountsView> {
    const range = parseDayRange(query, (await this.calendars.forQueue('chat')).timeZone);
    const counts = await this.outcomes.botOutcomeCounts(range.start, range.end);
    return { from: range.from, to: range.to, timeZone: range.timeZone, counts: { ...counts }, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  }
}
