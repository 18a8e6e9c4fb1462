import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import { ReportOverviewView, ReportOverviewViewSchema } from '@okpay/contracts';
import { ReportExports, ReportOverviews } from '@okpay/reports';
import { TicketCalendar } from '@okpay/tickets';
import type { FastifyReply } from 'fastify';
import { DayRangeQuery } from '../dto/day-range.dto';
import { DayRange, parseDayRange } from '../http/day-range';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** What supervisors and admins measure, over calendar days in the support calendar's zone. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@AgentRoles('admin', 'supervisor')
export class ReportsController {
  constructor(
    private readonly overviews: ReportOverviews,
    private readonly exports: ReportExports,
    private readonly calendar: TicketCalendar,
  ) {}

  @Get('overview')
  @ApiAnswer({ summary: 'Headline figures over a range of days (counts, medians in wall-clock and business time, CSAT, SLA met) and the counts per day', body: ReportOverviewViewSchema })
  async overview(@Query() query: DayRangeQuery): Promise<ReportOverviewView> {
    const range = await this.range(query);
    const overview = await this.overviews.overview(range);
    return { from: range.from, to: range.to, timeZone: range.timeZone, ...overview, series: [...overview.series] };
  }

  @Get('tickets.csv')
  @ApiAnswer({ summary: 'One CSV row per ticket created in a range of days, with its number', body: 'csv' })
  async ticketsCsv(@Query() query: DayRangeQuery, @Res() reply: FastifyReply): Promise<void> {
    const range = await this.range(query);
    await sendCsv(reply, `tickets-${range.from}-${range.to}.csv`, await this.exports.ticketsCsv(range));
  }

  @Get('conversations.csv')
  @ApiAnswer({ summary: 'One CSV row per chat conversation started in a range of days, with its bot outcome', body: 'csv' })
  async conversationsCsv(@Query() query: DayRangeQuery, @Res() reply: FastifyReply): Promise<void> {
    const range = await this.range(query);
    await sendCsv(reply, `conversations-${range.from}-${range.to}.csv`, await this.exports.conversationsCsv(range));
  }

  private async range(query: DayRangeQuery): Promise<DayRange> {
    return parseDayRange(query, await this.calendar.timeZone());
  }
}

async function sendCsv(reply: FastifyReply, fileName: string, csv: string): Promise<void> {
  await reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .send(csv);
}
