import { Injectable } from '@nestjs/common';
import { csvDocument } from './csv';
import { ReportRange } from './report-range';
import { ReportsRepository } from './reports.repository';

const TICKET_COLUMNS = [
  'number',
  'created_at',
  'status',
  'priority',
  'channel',
  'language',
  'category',
  'assignee',
  'first_responded_at',
  'first_response_seconds',
  'first_response_sla',
  'solved_at',
  'csat_score',
  'subject',
];
const CONVERSATION_COLUMNS = ['id', 'created_at', 'locale', 'status', 'closed_at', 'ticket_number', 'bot_outcome', 'handed_off_to', 'csat_score'];

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** The rows behind the figures, as CSV: one per ticket, one per chat conversation, started in the range. */
@Injectable()
export class ReportExports {
  constructor(private readonly repository: ReportsRepository) {}

  async ticketsCsv(range: ReportRange): Promise<string> {
    const rows = await this.repository.ticketRows(range);
    return csvDocument(
      TICKET_COLUMNS,
      rows.map((t) => [
        t.number,
        iso(t.createdAt),
        t.status,
        t.priority,
        t.channel,
        t.language,
        t.category,
        t.assignee,
        iso(t.firstRespondedAt),
        t.firstRespondedAt ? Math.round((t.firstRespondedAt.getTime() - t.createdAt.getTime()) / 1000) : null,
        t.firstRespondedAt ? (t.firstResponseDueAt === null || t.firstRespondedAt <= t.firstResponseDueAt ? 'met' : 'breached') : null,
        iso(t.solvedAt),
        t.csatScore,
        t.subject,
      ]),
    );
  }

  async conversationsCsv(range: ReportRange): Promise<string> {
    const rows = await this.repository.conversationRows(range);
    return csvDocument(
      CONVERSATION_COLUMNS,
      rows.map((c) => [c.id, iso(c.createdAt), c.locale, c.status, iso(c.closedAt), c.ticketNumber, c.botOutcome, c.handedOffTo, c.csatScore]),
    );
  }
}
