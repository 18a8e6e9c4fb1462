export const QUEUE_KINDS = ['chat', 'callback'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** A support queue and the calendar that says when it is open. */
export interface SupportQueueRecord {
  readonly kind: QueueKind;
  readonly calendarId: string;
}
