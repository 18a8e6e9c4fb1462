import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import {
  ReportAgentView,
  ReportAgentViewSchema,
  ReportBotIntentsView,
  ReportBotIntentsViewSchema,
  ReportChannelView,
  ReportChannelViewSchema,
  ReportHeatmapView,
  ReportHeatmapViewSchema,
  ReportOverviewView,
  ReportOverviewViewSchema,
  ReportSlaView,
  ReportSlaViewSchema,
  ReportTicketView,
  ReportTicketViewSchema,
} from '@okpay/contracts';
import { DAILY_COUNTS, ReportBreakdowns, ReportExports, ReportFilter, ReportOverviews } from '@okpay/reports';
import { TicketCalendar } from '@okpay/tickets';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { DayRangeQuery } from '../dto/day-range.dto';
import { ReportQuery, ReportTicketsQuery } from '../dto/report-query.dto';
import { DayRange, parseDayRange } from '../http/day-range';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

function filterOf(query: ReportQuery): ReportFilter {
  const { channel, queue, agent, locale, priority } = query;
  return Object.fromEntries(Object.entries({ channel, queue, agent, locale, priority }).filter(([, value]) => value !== undefined));
}

/** What supervisors and admins measure, over calendar days in the support calendar's zone, narrowed by the filters given. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@AgentRoles('admin', 'supervisor')
export class ReportsController {
  constructor(
    private readonly overviews: ReportOverviews,
    private readonly breakdowns: ReportBreakdowns,
    private readonly exports: ReportExports,
    private readonly calendar: TicketCalendar,
  ) {}

  @Get('overview')
  @ApiAnswer({ summary: 'Headline figures over a range of days (counts, medians in wall-clock and business time, CSAT, SLA met), the period before, and the counts per day', body: ReportOverviewViewSchema })
  async overview(@Query() query: ReportQuery): Promise<ReportOverviewView> {
    const range = await this.range(query);
    const overview = await this.overviews.overview(range, filterOf(query));
    return { from: range.from, to: range.to, timeZone: range.timeZone, ...overview, series: [...overview.series] };
  }

  @Get('agents')
  @ApiAnswer({ summary: 'Per agent: handled, first response and resolution medians, CSAT, SLA met', body: Type.Array(ReportAgentViewSchema) })
  async agents(@Query() query: ReportQuery): Promise<ReportAgentView[]> {
    return this.breakdowns.agents(await this.range(query), filterOf(query));
  }

  @Get('channels')
  @ApiAnswer({ summary: 'Per channel: tickets, chats, first response median, CSAT', body: Type.Array(ReportChannelViewSchema) })
  async channels(@Query() query: ReportQuery): Promise<ReportChannelView[]> {
    return this.breakdowns.channels(await this.range(query), filterOf(query));
  }

  @Get('bot-intents')
  @ApiAnswer({ summary: 'Per bot intent: conversations, resolved by the bot, handed off, abandoned; and the questions it did not understand', body: ReportBotIntentsViewSchema })
  async botIntents(@Query() query: ReportQuery): Promise<ReportBotIntentsView> {
    const report = await this.breakdowns.botIntents(await this.range(query), filterOf(query));
    return {
      intents: report.intents.map((intent) => ({ ...intent, samples: [...intent.samples] })),
      notUnderstood: { count: report.notUnderstood.count, latest: report.notUnderstood.latest.map((question) => ({ ...question, at: question.at.toISOString() })) },
    };
  }

  @Get('heatmap')
  @ApiAnswer({ summary: 'Arrivals (tickets created, chats started) per weekday and hour', body: ReportHeatmapViewSchema })
  async heatmap(@Query() query: ReportQuery): Promise<ReportHeatmapView> {
    const heatmap = await this.breakdowns.heatmap(await this.range(query), filterOf(query));
    return { cells: heatmap.cells.map((day) => [...day]) };
  }

  @Get('sla')
  @ApiAnswer({ summary: 'SLA: share within target per priority, queue and agent; the tickets at risk now', body: ReportSlaViewSchema })
  async sla(@Query() query: ReportQuery): Promise<ReportSlaView> {
    const report = await this.breakdowns.sla(await this.range(query), filterOf(query));
    return {
      byPriority: [...report.byPriority],
      byQueue: [...report.byQueue],
      byAgent: [...report.byAgent],
      atRisk: report.atRisk.map((ticket) => ({ ...ticket, dueAt: ticket.dueAt.toISOString() })),
    };
  }

  @Get('tickets')
  @ApiAnswer({ summary: 'The tickets behind a figure over the range (one day, for a bar of a chart)', body: Type.Array(ReportTicketViewSchema) })
  async tickets(@Query() query: ReportTicketsQuery): Promise<ReportTicketView[]> {
    const tickets = await this.breakdowns.ticketsBehind(await this.range(query), DAILY_COUNTS[query.figure], filterOf(query));
    return tickets.map((ticket) => ({ ...ticket, createdAt: ticket.createdAt.toISOString() }));
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
