import { Injectable } from '@nestjs/common';
import { TicketCalendar } from '@okpay/tickets';
import { DateTime } from 'luxon';
import { histogramMedian } from './duration-histogram';
import { median } from './median';
import { ReportDimension, ReportEvent, ReportEventKind } from './report-event';
import { filterEntries, ReportFilter } from './report-filter';
import { ReportRange } from './report-range';
import { addRows, rollUp, RollupRow, RollupTotal } from './report-rollup';
import { ReportRollups } from './report-rollups';
import { ReportsRepository } from './reports.repository';

/** Up to this many durations a median is read from the events themselves, exactly; above, from the rollups' histograms (within 1 %). */
export const EXACT_MEDIAN_LIMIT = 2_000;

export interface Medians {
  readonly wallSeconds: number | null;
  readonly businessSeconds: number | null;
}

function valueOf(event: ReportEvent, dimension: ReportDimension, timeZone: string): string | null {
  switch (dimension) {
    case 'all':
      return '';
    case 'hour':
      return String(DateTime.fromJSDate(event.at, { zone: timeZone }).hour);
    case 'agent':
      return event.agentId;
    default:
      return event[dimension];
  }
}

/**
 * The rows a report adds up: from the rollups when they are kept for the question (no filter, or
 * one filter and no breakdown), else rolled up in memory from the matching events. Pending events
 * are rolled first, so a report is current at every read.
 */
@Injectable()
export class ReportSlices {
  /** Up to how many durations a median is exact; a test lowers it to read medians from the histograms. */
  exactMedianLimit = EXACT_MEDIAN_LIMIT;

  constructor(
    private readonly repository: ReportsRepository,
    private readonly rollups: ReportRollups,
    private readonly calendar: TicketCalendar,
  ) {}

  async timeZone(): Promise<string> {
    return this.calendar.timeZone();
  }

  async catchUp(): Promise<void> {
    await this.rollups.rollPending();
  }

  /** Whether the rollups answer the question (else the events are rolled up in memory). */
  readsRollups(filter: ReportFilter, by: ReportDimension): boolean {
    return rollupSlice(filter, by) !== null;
  }

  /** Rollup rows over the range, matching the filter, broken down by `by` ('all': not broken down). */
  async rows(range: ReportRange, filter: ReportFilter, by: ReportDimension, metrics?: readonly ReportEventKind[]): Promise<RollupRow[]> {
    const slice = rollupSlice(filter, by);
    if (slice) return (await this.repository.rollupRows(range, slice.dimension, slice.value, metrics)).map((row) => (by === 'all' ? { ...row, dimension: 'all', value: '' } : row));
    return rollUp(await this.repository.events(range, filter, metrics), range.timeZone).filter((row) => row.dimension === by);
  }

  /** Like `rows`, added up over the range: per value and metric, from whole months and the days around them when the rollups answer. */
  async totals(range: ReportRange, filter: ReportFilter, by: ReportDimension, metrics?: readonly ReportEventKind[]): Promise<RollupTotal[]> {
    const slice = rollupSlice(filter, by);
    if (slice) return (await this.repository.rollupTotals(range, slice.dimension, slice.value, metrics)).map((row) => (by === 'all' ? { ...row, dimension: 'all', value: '' } : row));
    return this.rows(range, filter, by, metrics);
  }

  /**
   * Median durations of `kind` per value of `by`: exact from the events when there are few enough,
   * else from the histograms (the rows' own when rolled up in memory, else added up by the database).
   */
  async medians(range: ReportRange, filter: ReportFilter, kind: ReportEventKind, by: ReportDimension, rows: readonly RollupTotal[]): Promise<Map<string, Medians>> {
    const ofKind = rows.filter((row) => row.metric === kind);
    const result = new Map<string, Medians>();
    if (ofKind.reduce((sum, row) => sum + row.count, 0) <= this.exactMedianLimit) {
      const values = new Map<string, { wall: number[]; business: number[] }>();
      for (const event of await this.repository.events(range, filter, [kind])) {
        const value = valueOf(event, by, range.timeZone);
        if (value === null) continue;
        const entry = values.get(value) ?? { wall: [], business: [] };
        if (event.wallSeconds !== null) entry.wall.push(event.wallSeconds);
        if (event.businessSeconds !== null) entry.business.push(event.businessSeconds);
        values.set(value, entry);
      }
      for (const [value, { wall, business }] of values) result.set(value, { wallSeconds: rounded(median(wall)), businessSeconds: rounded(median(business)) });
      return result;
    }
    const slice = rollupSlice(filter, by);
    if (slice) {
      for (const [value, { wall, business }] of await this.repository.histogramTotals(range, slice.dimension, slice.value, kind)) {
        result.set(by === 'all' ? '' : value, { wallSeconds: histogramMedian(wall), businessSeconds: histogramMedian(business) });
      }
      return result;
    }
    const byValue = new Map<string, RollupTotal[]>();
    for (const row of ofKind) byValue.set(row.value, [...(byValue.get(row.value) ?? []), row]);
    for (const [value, group] of byValue) {
      const sum = addRows(group);
      result.set(value, { wallSeconds: histogramMedian(sum.wallHistogram), businessSeconds: histogramMedian(sum.businessHistogram) });
    }
    return result;
  }
}

/** The rollups that answer a question directly: none filtered and broken down by `by`, or one filter and not broken down. Null: roll the events up in memory. */
function rollupSlice(filter: ReportFilter, by: ReportDimension): { dimension: ReportDimension; value: string | null } | null {
  const filters = filterEntries(filter);
  if (filters.length === 0) return { dimension: by, value: null };
  if (filters.length === 1 && by === 'all') return { dimension: filters[0][0], value: filters[0][1] };
  return null;
}

function rounded(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds);
}
