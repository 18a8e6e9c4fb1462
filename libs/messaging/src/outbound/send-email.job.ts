export const SEND_EMAIL_JOB = 'messaging.send-email';

export interface SendEmailJobData {
  readonly emailId: string;
}

/** Temporary failures are retried this many times, with exponential backoff, before the mail counts as failed. */
export const SEND_EMAIL_RETRY_LIMIT = 5;
