// The face of @okpay/tickets: its module, use cases, queries, errors and read-only records; entities stay inside.
// Data access: use cases hold no SQL (lint rule); they call services and queries that work on the
// transaction's EntityManager, and statements the entity API cannot say (seq counters, upserts) live
// in *.repository.ts files (conversation messages, contacts, tickets).
export { TicketActor, TicketAudit, TicketEvent } from './audit/ticket-audit';
export { ContactHistory, ContactQueries } from './contacts/contact-queries.service';
export * from './contacts/contact.errors';
export { ContactRecord } from './contacts/contact.record';
export { ContactsRepository } from './contacts/contacts.repository';
export { MergeContactsUseCase } from './contacts/merge-contacts.use-case';
export { ChatAttachmentRecord } from './conversations/chat-attachment.record';
export { ChatAttachments, StoreAttachmentCommand } from './conversations/chat-attachments.service';
export { ConversationQueries, MessagesAfter, StoredChatMessage } from './conversations/conversation-queries.service';
export { ConversationRecord } from './conversations/conversation.record';
export * from './conversations/conversation.errors';
export { ConversationOwner, Conversations } from './conversations/conversations.service';
export {
  MessageAuthor,
  PostConversationMessageCommand,
  PostConversationMessageUseCase,
  PostedConversationMessage,
} from './conversations/post-conversation-message.use-case';
export { AgentNotification, AgentNotifications } from './notifications/agent-notifications.service';
export { SlaAlerts } from './sla/sla-alerts.service';
export * from './saved-views/saved-ticket-view.errors';
export { SavedTicketViewRecord, TicketViewFilters } from './saved-views/saved-ticket-view.record';
export { MAX_VIEWS_PER_AGENT, SavedTicketViews } from './saved-views/saved-ticket-views.service';
export { CannedReplies } from './replies/canned-replies.service';
export { ReplyContext } from './replies/reply-template';
export { SlaState, SlaView } from './sla/sla-clock';
export { SlaTarget, SlaTargets } from './sla/sla-targets.service';
export * from './sla/sla-policy';
export { TicketCalendar } from './sla/ticket-calendar';
export { BulkUpdateTicketsUseCase } from './tickets/bulk-update-tickets.use-case';
export { MergeTicketsUseCase } from './tickets/merge-tickets.use-case';
export { OpenedTicket, OpenTicketCommand, OpenTicketUseCase } from './tickets/open-ticket.use-case';
export { PostedMessage, PostTicketMessageCommand, PostTicketMessageUseCase } from './tickets/post-ticket-message.use-case';
export { MessageAuthorType, TicketMessageRecord } from './tickets/ticket-message.record';
export { TicketDetail, TicketListFilter, TicketQueries } from './tickets/ticket-queries.service';
export { ContactRequester, TicketRequester } from './tickets/ticket-requester';
export { PostedTicketMessage, TicketMessageHook, TicketMessageHooks } from './tickets/ticket-message-hooks';
export * from './tickets/ticket.record';
export { Satisfaction, TicketSatisfactionService } from './tickets/ticket-satisfaction.service';
export { TicketChange, UpdateTicketUseCase } from './tickets/update-ticket.use-case';
export { TicketsModule, TicketsModuleImports } from './tickets.module';
