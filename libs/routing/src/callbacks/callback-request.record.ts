import { Locale } from '@okpay/contracts';

export type CallbackStatus = 'scheduled' | 'completed' | 'unreachable' | 'cancelled' | 'expired';

export const CALLBACK_OUTCOMES = ['answered', 'no_answer', 'busy', 'voicemail', 'wrong_number'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** A customer's request to be phoned back, and where it stands. */
export interface CallbackRequestRecord {
  readonly id: string;
  /** Absent when a visitor who is not signed in asked. */
  readonly customerId: string | null;
  /** E.164. */
  readonly phone: string;
  /** The customer's IANA zone: calls happen in their daytime. */
  readonly timeZone: string;
  readonly topic: string;
  readonly locale: Locale;
  readonly name: string | null;
  readonly status: CallbackStatus;
  readonly priority: number;
  readonly attempts: number;
  /** When the next call should be made. */
  readonly scheduledFor: Date;
  /** First arrival; the queue order after priority, kept across retries. */
  readonly arrivedAt: Date;
  readonly lastOutcome: CallbackOutcome | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
