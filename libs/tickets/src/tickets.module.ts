import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TicketAudit } from './audit/ticket-audit';
import { ChatAttachmentEntity } from './conversations/chat-attachment.entity';
import { ChatAttachments } from './conversations/chat-attachments.service';
import { ConversationMessageEntity } from './conversations/conversation-message.entity';
import { ConversationQueries } from './conversations/conversation-queries.service';
import { ConversationEntity } from './conversations/conversation.entity';
import { Conversations } from './conversations/conversations.service';
import { PostConversationMessageUseCase } from './conversations/post-conversation-message.use-case';
import { ContactEntity } from './contacts/contact.entity';
import { ContactQueries } from './contacts/contact-queries.service';
import { ContactsRepository } from './contacts/contacts.repository';
import { MergeContactsUseCase } from './contacts/merge-contacts.use-case';
import { CannedReplies } from './replies/canned-replies.service';
import { CannedResponseEntity } from './replies/canned-response.entity';
import { MacroEntity } from './replies/macro.entity';
import { AgentNotifications } from './notifications/agent-notifications.service';
import { SlaAlerts } from './sla/sla-alerts.service';
import { SlaClock } from './sla/sla-clock';
import { SlaTargets } from './sla/sla-targets.service';
import { OpenTicketUseCase } from './tickets/open-ticket.use-case';
import { PostTicketMessageUseCase } from './tickets/post-ticket-message.use-case';
import { TicketMessageEntity } from './tickets/ticket-message.entity';
import { TicketMessageHooks } from './tickets/ticket-message-hooks';
import { TicketQueries } from './tickets/ticket-queries.service';
import { TicketEntity } from './tickets/ticket.entity';
import { MergeTicketsUseCase } from './tickets/merge-tickets.use-case';
import { TicketSatisfactionService } from './tickets/ticket-satisfaction.service';
import { UpdateTicketUseCase } from './tickets/update-ticket.use-case';
import { BulkUpdateTicketsUseCase } from './tickets/bulk-update-tickets.use-case';
import { SavedTicketViewEntity } from './saved-views/saved-ticket-view.entity';
import { SavedTicketViews } from './saved-views/saved-ticket-views.service';

/** What the app and the other libs use; `SlaClock` serves this lib alone. */
const SERVICES = [
  AgentNotifications,
  BulkUpdateTicketsUseCase,
  CannedReplies,
  ChatAttachments,
  ContactQueries,
  ContactsRepository,
  MergeContactsUseCase,
  ConversationQueries,
  Conversations,
  PostConversationMessageUseCase,
  MergeTicketsUseCase,
  OpenTicketUseCase,
  PostTicketMessageUseCase,
  SavedTicketViews,
  SlaAlerts,
  SlaTargets,
  TicketAudit,
  TicketMessageHooks,
  TicketQueries,
  TicketSatisfactionService,
  UpdateTicketUseCase,
];

export interface TicketsModuleImports {
  /** Exports `Clock` and a `JobScheduler`. */
  readonly platform: DynamicModule;
  /** Exports a `TicketCalendar`: SLA clocks run in its business time. */
  readonly calendar: DynamicModule;
}

/** Contacts, conversations, tickets, replies and SLA clocks. */
@Module({})
export class TicketsModule {
  static forRoot({ platform, calendar }: TicketsModuleImports): DynamicModule {
    return {
      module: TicketsModule,
      imports: [
        platform,
        calendar,
        TypeOrmModule.forFeature([
          CannedResponseEntity,
          ChatAttachmentEntity,
          ContactEntity,
          ConversationEntity,
          ConversationMessageEntity,
          MacroEntity,
          SavedTicketViewEntity,
          TicketEntity,
          TicketMessageEntity,
        ]),
      ],
      providers: [...SERVICES, SlaClock],
      exports: SERVICES,
    };
  }
}
