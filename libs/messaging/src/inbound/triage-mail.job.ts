export const TRIAGE_MAIL_JOB = 'messaging.triage-mail';

export interface TriageMailJobData {
  /** The inbound mail that opened a ticket. */
  readonly emailId: string;
  /** The display name of its From, for the acknowledgement's greeting (not stored with the mail). */
  readonly senderName: string | null;
}

/** A failing classifier or database is retried; each run does its work once (the mail is claimed first). */
export const TRIAGE_MAIL_RETRY_LIMIT = 5;
