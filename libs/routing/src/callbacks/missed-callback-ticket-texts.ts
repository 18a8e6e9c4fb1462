import type { Locale } from '@okpay/contracts';

interface MissedCallbackTicketTexts {
  readonly subject: (topic: string) => string;
  /** What the agent needs to call back: the topic, who and where, and when it was asked for. */
  readonly body: (callback: { topic: string; name: string | null; phone: string; timeZone: string; requestedAt: string }) => string;
}

/** The ticket opened for a callback nobody made, in the caller's language. */
export const MISSED_CALLBACK_TICKET_TEXTS: Record<Locale, MissedCallbackTicketTexts> = {
  'zh-CN': {
    subject: (topic) => `未能按时回电：${topic}`,
    body: ({ topic, name, phone, timeZone, requestedAt }) => `${topic}\n\n${name ?? ''} ${phone} (${timeZone})，申请于 ${requestedAt}`,
  },
  en: {
    subject: (topic) => `Callback not made in time: ${topic}`,
    body: ({ topic, name, phone, timeZone, requestedAt }) => `${topic}\n\n${name ?? ''} ${phone} (${timeZone}), requested ${requestedAt}`,
  },
};
