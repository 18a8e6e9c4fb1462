import { Locale } from '@okpay/contracts';

/** What the system says in a conversation, in the customer's language. */
export const CHAT_TEXTS = {
  agentJoined: { 'zh-CN': (name: string) => `${name} 已加入对话。`, en: (name: string) => `${name} joined the conversation.` },
  transferred: { 'zh-CN': () => '正在为您转接其他客服，请稍候。', en: () => 'We are passing you to another agent. Please wait a moment.' },
  closed: { 'zh-CN': () => '对话已结束。请为本次服务评分。', en: () => 'This conversation has ended. Please rate our help.' },
  unavailable: {
    'zh-CN': (nextOpening: string | null) =>
      `现在没有客服可以接待。您可以留言，我们会以工单回复${nextOpening ? `，或在 ${nextOpening} 之后回电` : '，或安排回电'}。`,
    en: (nextOpening: string | null) =>
      `No agent is available right now. Leave a message and we will answer as a ticket${nextOpening ? `, or call you back after ${nextOpening}` : ', or we can call you back'}.`,
  },
  ticketOpened: {
    'zh-CN': (n: number) => `已收到您的留言（工单 #${n}），我们会尽快回复。`,
    en: (n: number) => `We have your message (ticket #${n}) and will answer as soon as we can.`,
  },
  callbackScheduled: {
    'zh-CN': (at: string) => `我们将在 ${at} 左右给您回电。`,
    en: (at: string) => `We will call you back around ${at}.`,
  },
} as const;

const instantFormat = (locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });

/** Built once per locale and zone: creating an Intl.DateTimeFormat costs far more than formatting with one. */
const INSTANT_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** An instant as the customer reads it: their language, in the given zone (default Shanghai, the support calendar's), named. */
export function formatInstant(instant: Date, locale: Locale, timeZone = 'Asia/Shanghai'): string {
  const key = `${locale} ${timeZone}`;
  let format = INSTANT_FORMATS.get(key);
  if (!format) INSTANT_FORMATS.set(key, (format = instantFormat(locale, timeZone)));
  return format.format(instant);
}
