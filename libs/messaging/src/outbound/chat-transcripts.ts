import { Injectable } from '@nestjs/common';
import { Locale, MessageAuthorKind } from '@okpay/contracts';
import { ConversationQueries, ConversationRecord, StoredChatMessage, TicketCalendar } from '@okpay/tickets';
import { DataSource } from 'typeorm';
import { ChatTranscriptContext, renderChatTranscript } from './email-templates';
import { OutboundMail } from './outbound-mail.service';

export interface ChatTranscriptRequest {
  readonly conversation: ConversationRecord;
  readonly address: string;
  /** The customer's IANA zone; the support calendar's when the widget did not say. */
  readonly timeZone: string | null;
}

const AUTHORS: Record<Locale, Record<MessageAuthorKind, string>> = {
  en: { customer: 'You', bot: 'OKPay assistant', agent: 'OKPay agent', system: 'OKPay' },
  'zh-CN': { customer: '您', bot: 'OKPay 智能助手', agent: 'OKPay 客服', system: 'OKPay' },
};

const ATTACHMENT: Record<Locale, (fileName: string) => string> = {
  en: (fileName) => `[attachment: ${fileName}]`,
  'zh-CN': (fileName) => `[附件：${fileName}]`,
};

const ZONE_PHRASE: Record<Locale, (zone: string) => string> = {
  en: (zone) => `in ${zone}`,
  'zh-CN': (zone) => zone,
};

/**
 * A chat emailed to its customer at their request: every message the customer saw, in order,
 * in the conversation's language and the customer's time zone. One mail per conversation and
 * address, however often it is asked for; sent by the outbound mail's durable job.
 */
@Injectable()
export class ChatTranscripts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ConversationQueries,
    private readonly outbound: OutboundMail,
    private readonly calendar: TicketCalendar,
  ) {}

  /** @returns false when this address was sent (or is being sent) this chat before. */
  async request({ conversation, address, timeZone }: ChatTranscriptRequest): Promise<boolean> {
    const history = await this.queries.messagesAfter(conversation.id, 0, { includeInternal: false, limit: 10_000 });
    const zone = timeZone ?? (await this.calendar.timeZone());
    const content = renderChatTranscript(conversation.locale, transcriptContext(history.items, conversation, zone));
    return this.dataSource.transaction((manager) => this.outbound.queueTranscript(manager, { conversationId: conversation.id, address, content }));
  }
}

function transcriptContext(items: readonly StoredChatMessage[], conversation: ConversationRecord, timeZone: string): ChatTranscriptContext {
  const locale = conversation.locale;
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zoneName = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(conversation.createdAt).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const firstDay = day.format(items[0]?.message.createdAt ?? conversation.createdAt);
  return {
    date: firstDay,
    zone: ZONE_PHRASE[locale](zoneName),
    lines: items.map(({ message, attachment }) => ({
      // A chat that ran past midnight dates the lines of the later days.
      time: day.format(message.createdAt) === firstDay ? time.format(message.createdAt) : dayAndTime.format(message.createdAt),
      author: message.authorType === 'agent' && message.authorName ? message.authorName : AUTHORS[locale][message.authorType],
      text: [message.body, attachment ? ATTACHMENT[locale](attachment.fileName) : ''].filter(Boolean).join('\n'),
    })),
  };
}
