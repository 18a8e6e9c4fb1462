import { Injectable } from '@nestjs/common';
import { PauseInterval } from '@okpay/tickets';
import { DataSource } from 'typeorm';
import { ReportRange } from './report-range';

/** What a report counts per day; the per-day series and the totals both come from these. */
export const DAILY_COUNTS = ['ticketsCreated', 'ticketsSolved', 'conversationsStarted', 'botConversations', 'botResolved', 'handoffs', 'csatResponses'] as const;
export type DailyCount = (typeof DAILY_COUNTS)[number];

export interface DayCount {
  readonly metric: DailyCount;
  /** YYYY-MM-DD in the range's zone. */
  readonly day: string;
  readonly count: number;
}

/** A ticket's clock: when it came, when it was first answered and solved, against which due times. */
export interface TicketTimes {
  readonly createdAt: Date;
  readonly firstRespondedAt: Date | null;
  readonly firstResponseDueAt: Date | null;
  readonly solvedAt: Date | null;
  readonly resolutionDueAt: Date | null;
  readonly slaPauses: readonly PauseInterval[];
}

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

const dayIn = (column: string) => `to_char(${column} AT TIME ZONE $3, 'YYYY-MM-DD')`;

/**
 * Read-only statements over what the other libs record (tickets, chat conversations, bot outcomes,
 * CSAT): reports own no table yet, so they read the tables the events already land in.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async dailyCounts(range: ReportRange): Promise<DayCount[]> {
    const rows: { metric: DailyCount; day: string; count: string }[] = await this.dataSource.query(
      `SELECT metric, day, count(*) AS count FROM (
         SELECT 'ticketsCreated' AS metric, ${dayIn('created_at')} AS day FROM tickets WHERE created_at >= $1 AND created_at < $2
         UNION ALL SELECT 'ticketsSolved', ${dayIn('solved_at')} FROM tickets WHERE solved_at >= $1 AND solved_at < $2
         UNION ALL SELECT 'conversationsStarted', ${dayIn('created_at')} FROM conversations WHERE created_at >= $1 AND created_at < $2
         UNION ALL SELECT 'botConversations', ${dayIn('created_at')} FROM bot_conversations WHERE created_at >= $1 AND created_at < $2
         UNION ALL SELECT 'botResolved', ${dayIn('created_at')} FROM bot_conversations WHERE created_at >= $1 AND created_at < $2 AND outcome = 'resolved'
         UNION ALL SELECT 'handoffs', ${dayIn('created_at')} FROM bot_conversations WHERE created_at >= $1 AND created_at < $2 AND outcome = 'handed_off'
         UNION ALL SELECT 'csatResponses', ${dayIn('created_at')} FROM ticket_satisfaction WHERE created_at >= $1 AND created_at < $2
       ) counted GROUP BY metric, day`,
      [range.start, range.end, range.timeZone],
    );
    return rows.map((row) => ({ metric: row.metric, day: row.day, count: Number(row.count) }));
  }

  /** Tickets created in the range: their first responses. */
  async createdTicketTimes(range: ReportRange): Promise<TicketTimes[]> {
    return this.ticketTimes(`created_at >= $1 AND created_at < $2`, range);
  }

  /** Tickets solved in the range: their resolutions. */
  async solvedTicketTimes(range: ReportRange): Promise<TicketTimes[]> {
    return this.ticketTimes(`solved_at >= $1 AND solved_at < $2`, range);
  }

  async csatScores(range: ReportRange): Promise<{ readonly responses: number; readonly sum: number }> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS responses, coalesce(sum(score), 0) AS sum FROM ticket_satisfaction WHERE created_at >= $1 AND created_at < $2`, [
      range.start,
      range.end,
    ]);
    return { responses: Number(row.responses), sum: Number(row.sum) };
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

  private async ticketTimes(where: string, range: ReportRange): Promise<TicketTimes[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT created_at, first_responded_at, first_response_due_at, solved_at, resolution_due_at, sla_pauses FROM tickets WHERE ${where}`,
      [range.start, range.end],
    );
    return rows.map((row) => ({
      createdAt: row.created_at as Date,
      firstRespondedAt: row.first_responded_at as Date | null,
      firstResponseDueAt: row.first_response_due_at as Date | null,
      solvedAt: row.solved_at as Date | null,
      resolutionDueAt: row.resolution_due_at as Date | null,
      slaPauses: row.sla_pauses as PauseInterval[],
    }));
  }
}
