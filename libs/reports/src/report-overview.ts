import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { TicketCalendar } from '@okpay/tickets';
import { DateTime } from 'luxon';
import { median } from './median';
import { ReportRange } from './report-range';
import { DAILY_COUNTS, DailyCount, ReportsRepository, TicketTimes } from './reports.repository';

export type DayFigures = { readonly date: string } & Readonly<Record<DailyCount, number>>;

/** Headline figures over a range of days; durations in seconds, `null` where nothing was measured. */
export interface ReportOverview extends Readonly<Record<DailyCount, number>> {
  /** Bot conversations started in the range that it resolved, over all it started there. */
  readonly botResolutionRate: number | null;
  /** Over tickets created in the range that were answered. */
  readonly firstResponseMedianSeconds: number | null;
  readonly firstResponseMedianBusinessSeconds: number | null;
  /** Over tickets solved in the range, from creation to the solve. */
  readonly resolutionMedianSeconds: number | null;
  readonly resolutionMedianBusinessSeconds: number | null;
  readonly csatAverage: number | null;
  /** Of the tickets created in the range whose first response is decided (answered, or overdue now), the share answered in time. */
  readonly slaFirstResponseMetRate: number | null;
  /** Of the tickets solved in the range, the share solved in time. */
  readonly slaResolutionMetRate: number | null;
  readonly series: readonly DayFigures[];
}

const SECOND = 1000;

/** The overview: counts per day from the recorded rows, medians and SLA shares over the tickets' clocks. */
@Injectable()
export class ReportOverviews {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly calendar: TicketCalendar,
    private readonly clock: Clock,
  ) {}

  async overview(range: ReportRange): Promise<ReportOverview> {
    const [counts, created, solved, csat] = await Promise.all([
      this.repository.dailyCounts(range),
      this.repository.createdTicketTimes(range),
      this.repository.solvedTicketTimes(range),
      this.repository.csatScores(range),
    ]);
    const series = daysOf(range).map((date) => {
      const day = Object.fromEntries(DAILY_COUNTS.map((metric) => [metric, 0])) as Record<DailyCount, number>;
      for (const count of counts) if (count.day === date) day[count.metric] = count.count;
      return { date, ...day };
    });
    const totals = Object.fromEntries(DAILY_COUNTS.map((metric) => [metric, series.reduce((sum, day) => sum + day[metric], 0)])) as Record<DailyCount, number>;

    const answered = created.filter((ticket) => ticket.firstRespondedAt !== null);
    const firstResponses = await this.durations(answered, (ticket) => ticket.firstRespondedAt as Date);
    const resolutions = await this.durations(solved, (ticket) => ticket.solvedAt as Date);
    const now = this.clock.now();
    const firstResponseDecided = created.filter((ticket) => ticket.firstRespondedAt !== null || (ticket.firstResponseDueAt !== null && ticket.firstResponseDueAt <= now));

    return {
      ...totals,
      botResolutionRate: share(totals.botResolved, totals.botConversations),
      firstResponseMedianSeconds: seconds(median(firstResponses.wallMs)),
      firstResponseMedianBusinessSeconds: seconds(median(firstResponses.businessMs)),
      resolutionMedianSeconds: seconds(median(resolutions.wallMs)),
      resolutionMedianBusinessSeconds: seconds(median(resolutions.businessMs)),
      csatResponses: csat.responses,
      csatAverage: csat.responses === 0 ? null : csat.sum / csat.responses,
      slaFirstResponseMetRate: share(firstResponseDecided.filter((ticket) => inTime(ticket.firstRespondedAt, ticket.firstResponseDueAt)).length, firstResponseDecided.length),
      slaResolutionMetRate: share(solved.filter((ticket) => inTime(ticket.solvedAt, ticket.resolutionDueAt)).length, solved.length),
      series,
    };
  }

  /** Wall-clock and business time from creation to `end`, business time not counting the pauses (pending), as the SLA clock counts. */
  private async durations(tickets: readonly TicketTimes[], end: (ticket: TicketTimes) => Date): Promise<{ wallMs: number[]; businessMs: number[] }> {
    const wallMs = tickets.map((ticket) => end(ticket).getTime() - ticket.createdAt.getTime());
    const businessMs = await Promise.all(
      tickets.map((ticket) => {
        const stop = end(ticket);
        const pauses = ticket.slaPauses.map((pause) => ({ start: new Date(pause.start), end: pause.end ? new Date(pause.end) : stop }));
        return this.calendar.businessDurationBetween(ticket.createdAt, stop, pauses);
      }),
    );
    return { wallMs, businessMs };
  }
}

function daysOf(range: ReportRange): string[] {
  const days: string[] = [];
  const last = DateTime.fromISO(range.to, { zone: range.timeZone });
  for (let day = DateTime.fromISO(range.from, { zone: range.timeZone }); day <= last; day = day.plus({ days: 1 })) days.push(day.toISODate() as string);
  return days;
}

function inTime(done: Date | null, dueAt: Date | null): boolean {
  return done !== null && (dueAt === null || done <= dueAt);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function seconds(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / SECOND);
}
