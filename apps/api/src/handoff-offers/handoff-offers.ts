import { Injectable } from '@nestjs/common';
import { HandoffOfferView } from '@okpay/contracts';
import { QueueCalendars } from '@okpay/routing';
import { Clock } from '@okpay/shared';
import { Conversations } from '@okpay/tickets';
import { DataSource } from 'typeorm';

/**
 * A conversation's handoff offer as the server recorded it: refused by the queue (an offer to
 * leave a message), a ticket opened from it, a call back booked in it. Read on every reconnect,
 * so the widget never relies on what the page remembered.
 */
@Injectable()
export class HandoffOffers {
  constructor(
    private readonly conversations: Conversations,
    private readonly calendars: QueueCalendars,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async of(conversationId: string): Promise<HandoffOfferView> {
    const conversation = await this.conversations.get(conversationId);
    if (conversation.status === 'closed') return { offer: 'none' };
    // A booked call back is recorded as the system message the chat shows for it (clientId `callback:<id>`).
    const [callback]: { scheduled_for: Date }[] = await this.db.query(
      `SELECT c.scheduled_for FROM conversation_messages m JOIN callback_requests c ON c.id::text = substring(m.client_id FROM 10)
       WHERE m.conversation_id = $1 AND m.client_id LIKE 'callback:%' ORDER BY m.seq DESC LIMIT 1`,
      [conversationId],
    );
    if (callback) return { offer: 'callback_scheduled', scheduledFor: new Date(callback.scheduled_for).toISOString() };
    if (conversation.ticketId) {
      const [ticket]: { number: string }[] = await this.db.query(`SELECT number FROM tickets WHERE id = $1`, [conversation.ticketId]);
      return { offer: 'message_left', ticketNumber: Number(ticket.number) };
    }
    if (!conversation.handoffRefusedAt) return { offer: 'none' };
    const hours = (await this.calendars.forQueue('chat')).status(this.clock.now());
    return { offer: 'leave_message', reason: hours.open ? 'no_agents_available' : 'closed', nextOpening: hours.opensAt?.toISOString() ?? null };
  }
}
