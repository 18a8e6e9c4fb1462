export { TicketActor, TicketAudit, TicketEvent } from './audit/ticket-audit';
export { ContactEntity } from './contacts/contact.entity';
export { detectAttachmentType } from './conversations/attachment-type';
export { ChatAttachmentEntity } from './conversations/chat-attachment.entity';
export { ChatAttachments, StoreAttachmentCommand } from './conversations/chat-attachments.service';
export { ConversationMessageEntity } from './conversations/conversation-message.entity';
export { ConversationQueries, MessagesAfter, StoredChatMessage } from './conversations/conversation-queries.service';
export { ConversationEntity } from './conversations/conversation.entity';
export * from './conversations/conversation.errors';
export { ConversationOwner, Conversations } from './conversations/conversations.service';
export {
  MessageAuthor,
  MessageTooLongError,
  PostConversationMessageCommand,
  PostConversationMessageUseCase,
  PostedConversationMessage,
} from './conversations/post-conversation-message.use-case';
export { AgentNotification, AgentNotifications } from './notifications/agent-notifications.service';
export { SlaAlerts } from './sla/sla-alerts.service';
export { CannedReplies, CannedResponseNotFoundError, MacroNotFoundError, ReplyNameTakenError } from './replies/canned-replies.service';
export { CannedResponseEntity } from './replies/canned-response.entity';
export { MacroActions, MacroEntity } from './replies/macro.entity';
export { compileReplyTemplate, InvalidReplyTemplateError, ReplyContext } from './replies/reply-template';
export { SlaClock, SlaState, SlaView } from './sla/sla-clock';
export * from './sla/sla-policy';
export { TicketCalendar } from './sla/ticket-calendar';
export { MergeTicketsUseCase, TicketsNotMergeableError } from './tickets/merge-tickets.use-case';
export { OpenedTicket, OpenTicketCommand, OpenTicketUseCase } from './tickets/open-ticket.use-case';
export { PostedMessage, PostTicketMessageCommand, PostTicketMessageUseCase } from './tickets/post-ticket-message.use-case';
export { MessageAuthorType, TicketMessageEntity } from './tickets/ticket-message.entity';
export { TicketDetail, TicketListFilter, TicketQueries } from './tickets/ticket-queries.service';
export { ContactRequester, TicketRequester } from './tickets/ticket-requester';
export { PostedTicketMessage, TicketMessageHook, TicketMessageHooks } from './tickets/ticket-message-hooks';
export * from './tickets/ticket.entity';
export { InternalNoteNotAllowedError, TicketClosedError, TicketNotFoundError } from './tickets/ticket.errors';
export { Satisfaction, SatisfactionAlreadyGivenError, TicketNotSolvedError, TicketSatisfactionService } from './tickets/ticket-satisfaction.service';
export { TicketChange, UpdateTicketUseCase } from './tickets/update-ticket.use-case';
export { TicketsModule } from './tickets.module';
