/** A target is at risk once this share of its business-time budget is used. */
export const AT_RISK_SHARE = 0.75;

/** Solved tickets close by themselves after this many days without a reply. */
export const AUTO_CLOSE_AFTER_DAYS = 4;
export const AUTO_CLOSE_TICKET_JOB = 'tickets.auto-close-solved';

export const SLA_AT_RISK_JOB = 'tickets.sla-at-risk';

export interface SlaAtRiskJobData {
  readonly ticketId: string;
  readonly target: 'first_response' | 'resolution';
  /** ISO instant the job was scheduled for: a later change of due times makes it moot. */
  readonly atRiskAt: string;
}

export interface AutoCloseJobData {
  readonly ticketId: string;
  /** ISO instant of the solve that scheduled it: reopening and solving again makes a new job. */
  readonly solvedAt: string;
}
