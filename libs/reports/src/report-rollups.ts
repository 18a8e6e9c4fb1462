import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { PauseInterval, TicketCalendar } from '@okpay/tickets';
import { DataSource, EntityManager } from 'typeorm';
import { ReportEvent } from './report-event';
import { monthlyRows, rollUp, RollupRow } from './report-rollup';
import { eventFromRow, EVENT_COLUMNS, EventRow } from './reports.repository';

/**
 * Events rolled per transaction by the recurring job. The job runs inside the API process by default and a batch's
 * arithmetic holds its event loop (tens of microseconds an event): 5,000 at a time stalled live chat for 150–300 ms
 * (bench:widget's stall probe), 500 keep a batch to a few milliseconds.
 */
const JOB_BATCH = 500;
/** A rebuild runs alone (`reports:rebuild`): larger batches mean fewer rollup upserts for millions of events. */
const REBUILD_BATCH = 5000;
/** Serialises roll-ups across processes (pg_advisory_xact_lock key). */
const ROLL_UP_LOCK = 1_780_940_001;

/** Recurring job: add the events recorded since the last run into the daily rollups. */
export const ROLL_UP_REPORTS_JOB = 'reports.roll-up';

/**
 * Keeps `report_daily` and `report_monthly` current: each pending event gets its business-time duration on the support
 * calendar (once, kept on the event) and is added into its day's and its month's rows, in one transaction per batch.
 */
@Injectable()
export class ReportRollups {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: TicketCalendar,
    private readonly clock: Clock,
  ) {}

  /** Rolls every pending event; answers how many. */
  async rollPending(): Promise<number> {
    // Most reads find nothing pending: one look, no transaction and no lock.
    const [{ pending }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM report_events WHERE rolled_at IS NULL) AS pending`);
    if (!pending) return 0;
    let rolled = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.rollBatch(manager, JOB_BATCH));
      rolled += batch;
      if (batch < JOB_BATCH) return rolled;
    }
  }

  /** Recomputes every rollup from the events, in one transaction: readers see the old rollups until it commits. */
  async rebuild(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM report_daily`);
      await manager.query(`DELETE FROM report_monthly`);
      await manager.query(`UPDATE report_events SET rolled_at = NULL WHERE rolled_at IS NOT NULL`);
      let rolled = 0;
      for (;;) {
        const batch = await this.rollBatch(manager, REBUILD_BATCH);
        rolled += batch;
        if (batch < REBUILD_BATCH) return rolled;
      }
    });
  }

  private async rollBatch(manager: EntityManager, size: number): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [ROLL_UP_LOCK]);
    const rows: (EventRow & { id: string; started_at: Date | null; pauses: PauseInterval[] | null })[] = await manager.query(
      `SELECT id, started_at, pauses, ${EVENT_COLUMNS} FROM report_events WHERE rolled_at IS NULL ORDER BY id LIMIT $1`,
      [size],
    );
    if (rows.length === 0) return 0;
    const events: ReportEvent[] = [];
    const measured: { id: string; seconds: number }[] = [];
    for (const row of rows) {
      const event = eventFromRow(row);
      if (row.started_at === null || event.businessSeconds !== null) {
        events.push(event);
        continue;
      }
      const pauses = (row.pauses ?? []).map((pause) => ({ start: new Date(pause.start), end: pause.end ? new Date(pause.end) : event.at }));
      const seconds = Math.round((await this.calendar.businessDurationBetween(row.started_at, event.at, pauses)) / 1000);
      measured.push({ id: row.id, seconds });
      events.push({ ...event, businessSeconds: seconds });
    }
    const daily = rollUp(events, await this.calendar.timeZone());
    await addInto(manager, 'report_daily', 'day', daily);
    await addInto(manager, 'report_monthly', 'month', monthlyRows(daily));
    await manager.query(
      `UPDATE report_events e SET rolled_at = $1, business_seconds = coalesce(m.seconds, e.business_seconds)
       FROM (SELECT unnest($2::bigint[]) AS id) batch LEFT JOIN jsonb_to_recordset($3::jsonb) AS m(id bigint, seconds integer) ON m.id = batch.id
       WHERE e.id = batch.id`,
      [this.clock.now(), rows.map((row) => row.id), JSON.stringify(measured)],
    );
    return rows.length;
  }
}

/** Adds rollup rows into a rollup table, `period` its date column (a row's `day` goes there). */
async function addInto(manager: EntityManager, table: 'report_daily' | 'report_monthly', period: 'day' | 'month', rows: readonly RollupRow[]): Promise<void> {
  await manager.query(
    `INSERT INTO ${table} (dimension, value, ${period}, metric, count, score_sum, wall_seconds_sum, business_seconds_sum, wall_histogram, business_histogram)
     SELECT dimension, value, day, metric, count, score_sum, wall_seconds_sum, business_seconds_sum, wall_histogram, business_histogram
     FROM jsonb_to_recordset($1::jsonb) AS r(dimension text, value text, day date, metric text, count bigint, score_sum bigint,
                                            wall_seconds_sum bigint, business_seconds_sum bigint, wall_histogram jsonb, business_histogram jsonb)
     ON CONFLICT (dimension, value, ${period}, metric) DO UPDATE SET
       count = ${table}.count + excluded.count,
       score_sum = ${table}.score_sum + excluded.score_sum,
       wall_seconds_sum = ${table}.wall_seconds_sum + excluded.wall_seconds_sum,
       business_seconds_sum = ${table}.business_seconds_sum + excluded.business_seconds_sum,
       wall_histogram = report_histogram_sum(${table}.wall_histogram, excluded.wall_histogram),
       business_histogram = report_histogram_sum(${table}.business_histogram, excluded.business_histogram)`,
    [
      JSON.stringify(
        rows.map((row) => ({
          dimension: row.dimension,
          value: row.value,
          day: row.day,
          metric: row.metric,
          count: row.count,
          score_sum: row.scoreSum,
          wall_seconds_sum: row.wallSecondsSum,
          business_seconds_sum: row.businessSecondsSum,
          wall_histogram: row.wallHistogram,
          business_histogram: row.businessHistogram,
        })),
      ),
    ],
  );
}
