import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ReportEventKind } from './report-event';
import { ReportFilter } from './report-filter';
import { ReportRange } from './report-range';
import { RollupRow, RollupTotal } from './report-rollup';
import { ReportSlices } from './report-slices';

/** The counts a report shows, each the number of one kind of event. */
export const DAILY_COUNTS = {
  ticketsCreated: 'ticket_created',
  ticketsSolved: 'ticket_solved',
  ticketsReopened: 'ticket_reopened',
  conversationsStarted: 'chat_started',
  chatsAccepted: 'chat_accepted',
  botConversations: 'bot_started',
  botResolved: 'bot_resolved',
  handoffs: 'bot_handed_off',
  botAbandoned: 'bot_abandoned',
  csatResponses: 'csat_given',
  callbacksRequested: 'callback_requested',
  callbacksAnswered: 'callback_answered',
  callbacksMissed: 'callback_missed',
} as const satisfies Record<string, ReportEventKind>;
export type DailyCount = keyof typeof DAILY_COUNTS;
const COUNT_NAMES = Object.keys(DAILY_COUNTS) as DailyCount[];

export type DayFigures = { readonly date: string } & Readonly<Record<DailyCount, number>>;

/** Headline figures over a range of days; durations in seconds, `null` where nothing was measured. */
export interface HeadlineFigures extends Readonly<Record<DailyCount, number>> {
  /** botResolved over the bot conversations that ended in the range (resolved, handed off or abandoned). */
  readonly botResolutionRate: number | null;
  /** Over the first responses given in the range, from the ticket's creation. */
  readonly firstResponseMedianSeconds: number | null;
  readonly firstResponseMedianBusinessSeconds: number | null;
  /** Over the tickets solved in the range, from creation to the solve. */
  readonly resolutionMedianSeconds: number | null;
  readonly resolutionMedianBusinessSeconds: number | null;
  readonly csatAverage: number | null;
  /** Of the first responses given in the range, the share within target. */
  readonly slaFirstResponseMetRate: number | null;
  /** Of the tickets solved in the range, the share solved in time. */
  readonly slaResolutionMetRate: number | null;
}

export interface ReportOverview extends HeadlineFigures {
  /** The same figures over the period of equal length just before. */
  readonly previous: HeadlineFigures & { readonly from: string; readonly to: string };
  readonly series: readonly DayFigures[];
}

/** The overview, from the rollups (whole months from the monthly ones): a year costs about what a month does. */
@Injectable()
export class ReportOverviews {
  constructor(private readonly slices: ReportSlices) {}

  async overview(range: ReportRange, filter: ReportFilter = {}): Promise<ReportOverview> {
    await this.slices.catchUp();
    const previous = previousRange(range);
    // Rolled up from the events in memory, the range's days are read once, for the series and the totals.
    const fromRollups = this.slices.readsRollups(filter, 'all');
    const days = this.slices.rows(range, filter, 'all', fromRollups ? Object.values(DAILY_COUNTS) : undefined);
    const [dayRows, current, before] = await Promise.all([
      days,
      this.headline(range, filter, fromRollups ? this.slices.totals(range, filter, 'all') : days),
      this.headline(previous, filter, this.slices.totals(previous, filter, 'all')),
    ]);
    const byDay = new Map<string, RollupRow[]>();
    for (const row of dayRows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
    const series = daysOf(range).map((date) => ({ date, ...counts(byDay.get(date) ?? []) }));
    return { ...current, previous: { from: previous.from, to: previous.to, ...before }, series };
  }

  private async headline(range: ReportRange, filter: ReportFilter, totals: Promise<readonly RollupTotal[]>): Promise<HeadlineFigures> {
    const rows = await totals;
    const total = (kind: ReportEventKind) => sumOf(rows, kind);
    const [firstResponse, resolution] = await Promise.all([
      this.slices.medians(range, filter, 'ticket_first_response', 'all', rows),
      this.slices.medians(range, filter, 'ticket_solved', 'all', rows),
    ]);
    const csatScores = rows.filter((row) => row.metric === 'csat_given').reduce((sum, row) => sum + row.scoreSum, 0);
    const botEnded = total('bot_resolved') + total('bot_handed_off') + total('bot_abandoned');
    return {
      ...counts(rows),
      botResolutionRate: share(total('bot_resolved'), botEnded),
      firstResponseMedianSeconds: firstResponse.get('')?.wallSeconds ?? null,
      firstResponseMedianBusinessSeconds: firstResponse.get('')?.businessSeconds ?? null,
      resolutionMedianSeconds: resolution.get('')?.wallSeconds ?? null,
      resolutionMedianBusinessSeconds: resolution.get('')?.businessSeconds ?? null,
      csatAverage: total('csat_given') === 0 ? null : csatScores / total('csat_given'),
      slaFirstResponseMetRate: share(total('sla_first_response_met'), total('sla_first_response_met') + total('sla_first_response_breached')),
      slaResolutionMetRate: share(total('sla_resolution_met'), total('sla_resolution_met') + total('sla_resolution_breached')),
    };
  }
}

export function sumOf(rows: readonly RollupTotal[], kind: ReportEventKind): number {
  return rows.reduce((sum, row) => (row.metric === kind ? sum + row.count : sum), 0);
}

function counts(rows: readonly RollupTotal[]): Record<DailyCount, number> {
  return Object.fromEntries(COUNT_NAMES.map((name) => [name, sumOf(rows, DAILY_COUNTS[name])])) as Record<DailyCount, number>;
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const DAY_MS = 86_400_000;

/** The range's dates; plain calendar dates, counted in UTC where every day has 24 hours (a zone-aware loop cost ~25 ms a year). */
export function daysOf(range: Pick<ReportRange, 'from' | 'to'>): string[] {
  const days: string[] = [];
  const last = Date.parse(`${range.to}T00:00:00Z`);
  for (let day = Date.parse(`${range.from}T00:00:00Z`); day <= last; day += DAY_MS) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/** The days of equal number just before the range. */
function previousRange(range: ReportRange): ReportRange {
  const length = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS + 1;
  const from = DateTime.fromISO(range.from, { zone: range.timeZone }).minus({ days: length });
  const to = DateTime.fromISO(range.from, { zone: range.timeZone }).minus({ days: 1 });
  return { from: from.toISODate() as string, to: to.toISODate() as string, timeZone: range.timeZone, start: from.toJSDate(), end: DateTime.fromISO(range.from, { zone: range.timeZone }).toJSDate() };
}
