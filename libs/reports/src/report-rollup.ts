import { DateTime } from 'luxon';
import { addHistograms, DurationHistogram, histogramOf } from './duration-histogram';
import { ReportDimension, ReportEvent, ReportEventKind } from './report-event';

/** One row of `report_daily`: a metric on one day, for one value of one dimension. */
export interface RollupRow {
  readonly dimension: ReportDimension;
  readonly value: string;
  /** YYYY-MM-DD in the support calendar's zone. */
  readonly day: string;
  readonly metric: ReportEventKind;
  readonly count: number;
  readonly scoreSum: number;
  readonly wallSecondsSum: number;
  readonly businessSecondsSum: number;
  readonly wallHistogram: DurationHistogram;
  readonly businessHistogram: DurationHistogram;
}

/** Where each event counts: everywhere, and under each dimension it has a value for. */
function placesOf(event: ReportEvent, hour: number): [ReportDimension, string][] {
  const places: [ReportDimension, string][] = [
    ['all', ''],
    ['hour', String(hour)],
  ];
  const values: [ReportDimension, string | null][] = [
    ['agent', event.agentId],
    ['queue', event.queue],
    ['channel', event.channel],
    ['locale', event.locale],
    ['priority', event.priority],
    ['intent', event.intent],
  ];
  for (const [dimension, value] of values) if (value !== null) places.push([dimension, value]);
  return places;
}

/** Adds events up into rollup rows, days and hours in `timeZone`. The roll-up and an in-memory report over raw events both use it. */
export function rollUp(events: readonly ReportEvent[], timeZone: string): RollupRow[] {
  const rows = new Map<string, { row: RollupRow; wall: number[]; business: number[] }>();
  for (const event of events) {
    const local = DateTime.fromJSDate(event.at, { zone: timeZone });
    const day = local.toISODate() as string;
    for (const [dimension, value] of placesOf(event, local.hour)) {
      const key = `${dimension}\u0000${value}\u0000${day}\u0000${event.kind}`;
      let entry = rows.get(key);
      if (!entry) {
        entry = {
          row: { dimension, value, day, metric: event.kind, count: 0, scoreSum: 0, wallSecondsSum: 0, businessSecondsSum: 0, wallHistogram: {}, businessHistogram: {} },
          wall: [],
          business: [],
        };
        rows.set(key, entry);
      }
      const row = entry.row as { -readonly [K in keyof RollupRow]: RollupRow[K] };
      row.count += 1;
      row.scoreSum += event.score ?? 0;
      if (event.wallSeconds !== null) {
        row.wallSecondsSum += event.wallSeconds;
        entry.wall.push(event.wallSeconds);
      }
      if (event.businessSeconds !== null) {
        row.businessSecondsSum += event.businessSeconds;
        entry.business.push(event.businessSeconds);
      }
    }
  }
  return [...rows.values()].map(({ row, wall, business }) => ({ ...row, wallHistogram: histogramOf(wall), businessHistogram: histogramOf(business) }));
}

/** A metric added up over a range of days, for one value of one dimension. */
export type RollupTotal = Omit<RollupRow, 'day'>;

/** Daily rows added up per calendar month, `day` the month's first: the rows of `report_monthly`. */
export function monthlyRows(rows: readonly RollupRow[]): RollupRow[] {
  const months = new Map<string, RollupRow>();
  for (const row of rows) {
    const month = `${row.day.slice(0, 7)}-01`;
    const key = `${row.dimension}\u0000${row.value}\u0000${month}\u0000${row.metric}`;
    const sum = months.get(key);
    months.set(
      key,
      sum === undefined
        ? { ...row, day: month }
        : {
            ...sum,
            count: sum.count + row.count,
            scoreSum: sum.scoreSum + row.scoreSum,
            wallSecondsSum: sum.wallSecondsSum + row.wallSecondsSum,
            businessSecondsSum: sum.businessSecondsSum + row.businessSecondsSum,
            wallHistogram: addHistograms(sum.wallHistogram, row.wallHistogram),
            businessHistogram: addHistograms(sum.businessHistogram, row.businessHistogram),
          },
    );
  }
  return [...months.values()];
}

/** Rows of one metric added up (across days or values). */
export function addRows(rows: readonly RollupTotal[]): Pick<RollupRow, 'count' | 'scoreSum' | 'wallHistogram' | 'businessHistogram'> {
  let count = 0;
  let scoreSum = 0;
  let wallHistogram: DurationHistogram = {};
  let businessHistogram: DurationHistogram = {};
  for (const row of rows) {
    count += row.count;
    scoreSum += row.scoreSum;
    wallHistogram = addHistograms(wallHistogram, row.wallHistogram);
    businessHistogram = addHistograms(businessHistogram, row.businessHistogram);
  }
  return { count, scoreSum, wallHistogram, businessHistogram };
}
