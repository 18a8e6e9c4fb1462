import { MessageEmailView, TicketDetailView, TicketMessageView, TicketRequesterView, TicketSummaryView } from '@okpay/contracts';
import { MessageEmail } from '@okpay/messaging';
import { SlaView, TicketDetail, TicketRecord, TicketMessageRecord } from '@okpay/tickets';

export function toTicketSummary(ticket: TicketRecord): TicketSummaryView {
  return {
    id: ticket.id,
    number: ticket.number,
    reference: `#${ticket.number}`,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    tags: ticket.tags,
    channel: ticket.channel,
    group: ticket.groupName,
    assigneeId: ticket.assigneeAgentId,
    customerId: ticket.customerId,
    transactionRefs: ticket.transactionRefs,
    ...(ticket.followUpOf ? { followUpOf: ticket.followUpOf } : {}),
    ...(ticket.mergedInto ? { mergedInto: ticket.mergedInto } : {}),
    firstResponseDueAt: ticket.firstResponseDueAt?.toISOString() ?? null,
    resolutionDueAt: ticket.resolutionDueAt?.toISOString() ?? null,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
  };
}

export function toTicketMessageView(message: TicketMessageRecord, email?: MessageEmail): TicketMessageView {
  return {
    id: message.id,
    ticketId: message.ticketId,
    author: { type: message.authorType, id: message.authorId },
    body: message.body,
    internal: message.internal,
    createdAt: message.createdAt.toISOString(),
    ...(email ? { email: toMessageEmailView(email) } : {}),
  };
}

/** For agents: how the message travelled by mail, whether it was delivered, and what came with it. */
function toMessageEmailView(email: MessageEmail): MessageEmailView {
  return {
    direction: email.direction,
    from: email.from,
    to: email.to,
    deliveryStatus: email.status,
    attempts: email.attempts,
    ...(email.lastError ? { deliveryError: email.lastError } : {}),
    sentAt: email.sentAt?.toISOString() ?? null,
    ...(email.direction === 'inbound' ? { safeHtml: email.safeHtml, originalText: email.fullText } : {}),
    ...(email.note ? { note: email.note } : {}),
    attachments: email.attachments.map((a) => ({ ...a, url: `/api/v1/email-attachments/${a.id}` })),
  };
}

function toSlaView(sla: SlaView): TicketDetailView['sla'] {
  return {
    firstResponse: { dueAt: sla.firstResponse.dueAt?.toISOString() ?? null, state: sla.firstResponse.state },
    resolution: { dueAt: sla.resolution.dueAt?.toISOString() ?? null, state: sla.resolution.state },
    paused: sla.paused,
  };
}

/**
 * A ticket with its messages; the audit trail appears only where the query included it (agents),
 * and mail details only where the caller passes them (agents).
 */
export function toTicketDetail(detail: TicketDetail, requester: TicketRequesterView, emails?: ReadonlyMap<string, MessageEmail>): TicketDetailView {
  return {
    ...toTicketSummary(detail.ticket),
    requester,
    sla: toSlaView(detail.sla),
    messages: detail.messages.map((m) => toTicketMessageView(m, emails?.get(m.id))),
    ...(detail.events
      ? { events: detail.events.map((e) => ({ actor: { type: e.actorType, id: e.actorId }, action: e.action, changes: e.changes, at: e.at.toISOString() })) }
      : {}),
    ...(detail.related ? { related: detail.related } : {}),
  };
}
