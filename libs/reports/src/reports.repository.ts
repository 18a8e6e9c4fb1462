import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DurationHistogram } from './duration-histogram';
import { ReportDimension, ReportEvent, ReportEventKind } from './report-event';
import { filterEntries, ReportFilter, ReportFilterDimension } from './report-filter';
import { ReportRange } from './report-range';
import { rangeParts } from './range-parts';
import { RollupRow, RollupTotal } from './report-rollup';

/** One row of the tickets export. */
export interface TicketExportRow {
  readonly number: number;
  readonly createdAt: Date;
  readonly status: string;
  readonly priority: string;
  readonly channel: string;
  readonly language: string | null;
  readonly category: string | null;
  readonly assignee: string | null;
  readonly firstRespondedAt: Date | null;
  readonly firstResponseDueAt: Date | null;
  readonly solvedAt: Date | null;
  readonly csatScore: number | null;
  readonly subject: string;
}

/** One row of the conversations export. */
export interface ConversationExportRow {
  readonly id: string;
  readonly createdAt: Date;
  readonly locale: string;
  readonly status: string;
  readonly closedAt: Date | null;
  readonly ticketNumber: number | null;
  readonly botOutcome: string | null;
  readonly handedOffTo: string | null;
  readonly csatScore: number | null;
}

/** The columns of `report_events` a report reads, as `eventFromRow` wants them. */
export const EVENT_COLUMNS = 'kind, at, wall_seconds, business_seconds, ticket_id, agent_id, queue, channel, locale, priority, intent, score';

export interface EventRow {
  readonly kind: ReportEventKind;
  readonly at: Date;
  readonly wall_seconds: number | null;
  readonly business_seconds: number | null;
  readonly ticket_id: string | null;
  readonly agent_id: string | null;
  readonly queue: string | null;
  readonly channel: string | null;
  readonly locale: string | null;
  readonly priority: string | null;
  readonly intent: string | null;
  readonly score: number | null;
}

export function eventFromRow(row: EventRow): ReportEvent {
  return {
    kind: row.kind,
    at: row.at,
    wallSeconds: row.wall_seconds,
    businessSeconds: row.business_seconds,
    ticketId: row.ticket_id,
    agentId: row.agent_id,
    queue: row.queue,
    channel: row.channel,
    locale: row.locale,
    priority: row.priority,
    intent: row.intent,
    score: row.score,
  };
}

/** A ticket whose SLA target is near or past, not yet met. */
export interface TicketAtRisk {
  readonly id: string;
  readonly number: number;
  readonly subject: string;
  readonly priority: string;
  readonly assigneeId: string | null;
  readonly target: 'first_response' | 'resolution';
  readonly dueAt: Date;
}

/** A ticket behind a figure. */
export interface TicketListed {
  readonly id: string;
  readonly number: number;
  readonly subject: string;
  readonly status: string;
  readonly priority: string;
  readonly createdAt: Date;
}

/** What a customer asked that the bot did not understand (stored masked, as the bot keeps it). */
export interface UnansweredQuestion {
  readonly text: string;
  readonly locale: string;
  readonly at: Date;
}

/** The customers' questions the bot classified as one intent in a range. */
export interface IntentQuestions {
  readonly intent: string;
  readonly questions: number;
  /** Of them, those it was too unsure of to answer. */
  readonly unsure: number;
  /** The latest few, as stored (masked). */
  readonly samples: readonly string[];
}

/** How many such questions there were in all, and the latest of them. */
export interface UnansweredQuestions {
  readonly count: number;
  readonly latest: readonly UnansweredQuestion[];
}

const FILTER_COLUMNS: Record<ReportFilterDimension, string> = { agent: 'agent_id', queue: 'queue', channel: 'channel', locale: 'locale', priority: 'priority' };

/** `AND column = $n` for each filter set, the values appended to `params`. */
function filterSql(filter: ReportFilter, params: unknown[]): string {
  return filterEntries(filter)
    .map(([dimension, value]) => {
      params.push(value);
      return ` AND ${FILTER_COLUMNS[dimension]}${dimension === 'agent' ? '::text' : ''} = $${params.length}`;
    })
    .join('');
}

/**
 * The rollup rows that add up to the range: its whole months from `report_monthly`, the other days
 * from `report_daily` (a subquery; its parameters appended to `params`).
 */
function rollupsOver(range: ReportRange, dimension: ReportDimension, value: string | null, metrics: readonly ReportEventKind[] | undefined, params: unknown[]): string {
  const { months, days } = rangeParts(range);
  let where = `dimension = $${params.push(dimension)}`;
  if (value !== null) where += ` AND value = $${params.push(value)}`;
  if (metrics) where += ` AND metric = ANY($${params.push(metrics)})`;
  const columns = 'value, metric, count, score_sum, wall_seconds_sum, business_seconds_sum, wall_histogram, business_histogram';
  return `SELECT ${columns} FROM report_monthly WHERE ${where} AND month = ANY($${params.push(months)}::date[])
          UNION ALL
          SELECT ${columns} FROM report_daily WHERE ${where} AND day = ANY($${params.push(days)}::date[])`;
}

/**
 * Reads for the reports: the daily rollups, the events under them (for exact medians and for filters
 * the rollups are not kept by), the live SLA state of open tickets, and the rows of the exports.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rollup rows of one dimension (one value of it, or all values) over the range's days: counts and
   * sums only; their histograms are added up by the database (`histogramTotals`) when a median needs them.
   */
  async rollupRows(range: ReportRange, dimension: ReportDimension, value: string | null, metrics?: readonly ReportEventKind[]): Promise<RollupRow[]> {
    const params: unknown[] = [dimension, range.from, range.to];
    let where = `dimension = $1 AND day BETWEEN $2 AND $3`;
    if (value !== null) where += ` AND value = $${params.push(value)}`;
    if (metrics) where += ` AND metric = ANY($${params.push(metrics)})`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT value, to_char(day, 'YYYY-MM-DD') AS day, metric, count, score_sum, wall_seconds_sum, business_seconds_sum FROM report_daily WHERE ${where}`,
      params,
    );
    return rows.map((row) => ({
      dimension,
      value: row.value as string,
      day: row.day as string,
      metric: row.metric as ReportEventKind,
      count: Number(row.count),
      scoreSum: Number(row.score_sum),
      wallSecondsSum: Number(row.wall_seconds_sum),
      businessSecondsSum: Number(row.business_seconds_sum),
      wallHistogram: {},
      businessHistogram: {},
    }));
  }

  /** Rollup totals of one dimension (one value of it, or all values) over the range, per value and metric: counts and sums only, as `rollupRows`. */
  async rollupTotals(range: ReportRange, dimension: ReportDimension, value: string | null, metrics?: readonly ReportEventKind[]): Promise<RollupTotal[]> {
    const params: unknown[] = [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT value, metric, sum(count) AS count, sum(score_sum) AS score_sum, sum(wall_seconds_sum) AS wall_seconds_sum, sum(business_seconds_sum) AS business_seconds_sum
       FROM (${rollupsOver(range, dimension, value, metrics, params)}) r GROUP BY value, metric`,
      params,
    );
    return rows.map((row) => ({
      dimension,
      value: row.value as string,
      metric: row.metric as ReportEventKind,
      count: Number(row.count),
      scoreSum: Number(row.score_sum),
      wallSecondsSum: Number(row.wall_seconds_sum),
      businessSecondsSum: Number(row.business_seconds_sum),
      wallHistogram: {},
      businessHistogram: {},
    }));
  }

  /** One metric's duration histograms over the range, added up per value of the dimension (in the database, from whole months and the days around them). */
  async histogramTotals(range: ReportRange, dimension: ReportDimension, value: string | null, metric: ReportEventKind): Promise<Map<string, { wall: DurationHistogram; business: DurationHistogram }>> {
    const params: unknown[] = [];
    const rows: { value: string; clock: 'wall' | 'business'; bucket: string; count: string }[] = await this.dataSource.query(
      `SELECT value, clock, bucket, sum(count) AS count FROM (
         SELECT r.value, c.clock, h.key AS bucket, h.value::bigint AS count
         FROM (${rollupsOver(range, dimension, value, [metric], params)}) r,
              LATERAL (VALUES ('wall', r.wall_histogram), ('business', r.business_histogram)) AS c(clock, histogram),
              jsonb_each_text(c.histogram) AS h
       ) buckets GROUP BY value, clock, bucket`,
      params,
    );
    const totals = new Map<string, { wall: Record<string, number>; business: Record<string, number> }>();
    for (const row of rows) {
      const entry = totals.get(row.value) ?? { wall: {}, business: {} };
      entry[row.clock][row.bucket] = Number(row.count);
      totals.set(row.value, entry);
    }
    return totals;
  }

  /** The events in the range that match the filter, of the given kinds (all kinds when none given). */
  async events(range: ReportRange, filter: ReportFilter, kinds?: readonly ReportEventKind[]): Promise<ReportEvent[]> {
    const params: unknown[] = [range.start, range.end];
    let where = `at >= $1 AND at < $2`;
    if (kinds) {
      params.push(kinds);
      where = `kind = ANY($${params.length}) AND ${where}`;
    }
    const rows: EventRow[] = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM report_events WHERE ${where}${filterSql(filter, params)}`, params);
    return rows.map(eventFromRow);
  }

  /** The tickets behind one kind of event in the range (a day of it, when a bar is clicked), newest first. */
  async ticketsBehind(range: ReportRange, kind: ReportEventKind, filter: ReportFilter, limit: number): Promise<TicketListed[]> {
    const params: unknown[] = [range.start, range.end, kind];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.id, t.number, t.subject, t.status, t.priority, t.created_at
       FROM tickets t
       WHERE t.id IN (SELECT ticket_id FROM report_events WHERE kind = $3 AND at >= $1 AND at < $2${filterSql(filter, params)})
       ORDER BY t.created_at DESC, t.number DESC LIMIT ${Number(limit)}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id as string,
      number: Number(row.number),
      subject: row.subject as string,
      status: row.status as string,
      priority: row.priority as string,
      createdAt: row.created_at as Date,
    }));
  }

  /** Open tickets whose first response or resolution is due before `horizon` and not done, most urgent first. */
  async ticketsAtRisk(horizon: Date, limit: number): Promise<TicketAtRisk[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, number, subject, priority, assignee_agent_id, target, due_at FROM (
         SELECT id, number, subject, priority, assignee_agent_id, 'first_response' AS target, first_response_due_at AS due_at
         FROM tickets WHERE first_responded_at IS NULL AND status IN ('new', 'open') AND first_response_due_at < $1
         UNION ALL
         SELECT id, number, subject, priority, assignee_agent_id, 'resolution', resolution_due_at
         FROM tickets WHERE solved_at IS NULL AND status IN ('new', 'open') AND resolution_due_at < $1
       ) due ORDER BY due_at, number LIMIT ${Number(limit)}`,
      [horizon],
    );
    return rows.map((row) => ({
      id: row.id as string,
      number: Number(row.number),
      subject: row.subject as string,
      priority: row.priority as string,
      assigneeId: row.assignee_agent_id as string | null,
      target: row.target as TicketAtRisk['target'],
      dueAt: row.due_at as Date,
    }));
  }

  /** Agents' names by id. */
  async agentNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM agents WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Per intent, the customers' questions in the range the bot classified so, with the latest few. */
  async intentQuestions(range: ReportRange, unsureBelow: number, locale: string | undefined, samples: number): Promise<IntentQuestions[]> {
    const params: unknown[] = [range.start, range.end, unsureBelow];
    const byLocale = locale === undefined ? '' : ` AND c.locale = $${params.push(locale)}`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.intent, count(*) AS questions, count(*) FILTER (WHERE t.confidence < $3) AS unsure,
              (array_agg(t.text ORDER BY t.created_at DESC))[1:${Number(samples)}] AS samples
       FROM bot_turns t JOIN bot_conversations c ON c.id = t.conversation_id
       WHERE t.created_at >= $1 AND t.created_at < $2${byLocale}
       GROUP BY t.intent`,
      params,
    );
    return rows.map((row) => ({ intent: row.intent as string, questions: Number(row.questions), unsure: Number(row.unsure), samples: row.samples as string[] }));
  }

  /** Customer messages in the range the bot could not place (no intent it knows, or too unsure), latest first. */
  async unansweredQuestions(range: ReportRange, unsureBelow: number, locale: string | undefined, limit: number): Promise<UnansweredQuestions> {
    const params: unknown[] = [range.start, range.end, unsureBelow];
    let where = `t.created_at >= $1 AND t.created_at < $2 AND (t.intent = 'out_of_scope' OR t.confidence < $3)`;
    if (locale !== undefined) {
      params.push(locale);
      where += ` AND c.locale = $${params.length}`;
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.text, c.locale, t.created_at, count(*) OVER () AS count FROM bot_turns t JOIN bot_conversations c ON c.id = t.conversation_id
       WHERE ${where} ORDER BY t.created_at DESC LIMIT ${Number(limit)}`,
      params,
    );
    return {
      count: rows.length === 0 ? 0 : Number(rows[0].count),
      latest: rows.map((row) => ({ text: row.text as string, locale: row.locale as string, at: row.created_at as Date })),
    };
  }

  async ticketRows(range: ReportRange): Promise<TicketExportRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.number, t.created_at, t.status, t.priority, t.channel, t.language, t.category, a.name AS assignee,
              t.first_responded_at, t.first_response_due_at, t.solved_at, s.score AS csat_score, t.subject
       FROM tickets t
       LEFT JOIN agents a ON a.id = t.assignee_agent_id
       LEFT JOIN ticket_satisfaction s ON s.ticket_id = t.id
       WHERE t.created_at >= $1 AND t.created_at < $2
       ORDER BY t.created_at, t.number`,
      [range.start, range.end],
    );
    return rows.map((row) => ({
      number: Number(row.number),
      createdAt: row.created_at as Date,
      status: row.status as string,
      priority: row.priority as string,
      channel: row.channel as string,
      language: row.language as string | null,
      category: row.category as string | null,
      assignee: row.assignee as string | null,
      firstRespondedAt: row.first_responded_at as Date | null,
      firstResponseDueAt: row.first_response_due_at as Date | null,
      solvedAt: row.solved_at as Date | null,
      csatScore: row.csat_score as number | null,
      subject: row.subject as string,
    }));
  }

  async conversationRows(range: ReportRange): Promise<ConversationExportRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id, c.created_at, c.locale, c.status, c.closed_at, t.number AS ticket_number, b.outcome, b.handed_off_to, c.csat_score
       FROM conversations c
       LEFT JOIN tickets t ON t.id = c.ticket_id
       LEFT JOIN bot_conversations b ON b.id = c.id
       WHERE c.created_at >= $1 AND c.created_at < $2
       ORDER BY c.created_at, c.id`,
      [range.start, range.end],
    );
    return rows.map((row) => ({
      id: row.id as string,
      createdAt: row.created_at as Date,
      locale: row.locale as string,
      status: row.status as string,
      closedAt: row.closed_at as Date | null,
      ticketNumber: row.ticket_number === null ? null : Number(row.ticket_number),
      botOutcome: row.outcome as string | null,
      handedOffTo: row.handed_off_to as string | null,
      csatScore: row.csat_score as number | null,
    }));
  }
}
