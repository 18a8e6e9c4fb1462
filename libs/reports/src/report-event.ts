/** What the triggers record (see the report-events migration): one row of `report_events`. */
export const REPORT_EVENT_KINDS = [
  'ticket_created',
  'ticket_first_response',
  'ticket_solved',
  'ticket_reopened',
  'sla_first_response_met',
  'sla_first_response_breached',
  'sla_resolution_met',
  'sla_resolution_breached',
  'chat_started',
  'chat_queued',
  'chat_accepted',
  'chat_closed',
  'bot_started',
  'bot_resolved',
  'bot_handed_off',
  'bot_abandoned',
  'csat_given',
  'callback_requested',
  'callback_answered',
  'callback_missed',
] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

/** The dimensions a rollup is kept per, one at a time; `all` is the whole. */
export const REPORT_DIMENSIONS = ['all', 'agent', 'queue', 'channel', 'locale', 'priority', 'intent', 'hour'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export interface ReportEvent {
  readonly kind: ReportEventKind;
  readonly at: Date;
  readonly wallSeconds: number | null;
  readonly businessSeconds: number | null;
  readonly ticketId: string | null;
  readonly agentId: string | null;
  readonly queue: string | null;
  readonly channel: string | null;
  readonly locale: string | null;
  readonly priority: string | null;
  readonly intent: string | null;
  readonly score: number | null;
}
