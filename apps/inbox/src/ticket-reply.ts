import type { FrontEndRestCalls, TicketMessageView } from '@okpay/contracts';
import { type ApiClient, ApiError } from './api-client';
import { collisionMessages } from './collision-messages';

type ReplyBody = Omit<FrontEndRestCalls['POST /tickets/:id/messages']['body'], 'seenUpdatedAt'>;

/**
 * Posts a reply only if the ticket is as the agent saw it (`seenUpdatedAt`); when it changed,
 * warns first and sends anyway if the agent says so. Declining throws the API's error.
 */
export async function replyUnlessChanged(api: ApiClient, ticketId: string, body: ReplyBody, seenUpdatedAt: string | undefined): Promise<TicketMessageView> {
  try {
    return await api.call('POST /tickets/:id/messages', { params: { id: ticketId }, body: { ...body, ...(seenUpdatedAt ? { seenUpdatedAt } : {}) } });
  } catch (error) {
    if (!(error instanceof ApiError) || error.problem.code !== 'ticket_changed' || !confirm(collisionMessages().changed)) throw error;
    return api.call('POST /tickets/:id/messages', { params: { id: ticketId }, body });
  }
}
