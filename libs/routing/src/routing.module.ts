import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TicketsModule } from '@okpay/tickets';
import { BusinessCalendarEntity } from './calendars/business-calendar.entity';
import { QueueCalendars } from './calendars/queue-calendars.service';
import { SupportQueueEntity } from './calendars/support-queue.entity';
import { CallbackQueue } from './callbacks/callback-queue.service';
import { AgentPresenceService } from './chat/agent-presence.service';
import { AgentRoutingProfileEntity } from './chat/agent-routing-profile.entity';
import { ChatAssignment } from './chat/chat-assignment.service';
import { ChatQueueEntryEntity } from './chat/chat-queue-entry.entity';
import { ChatQueue } from './chat/chat-queue.service';
import { ChatRoutingEvents } from './chat/chat-routing-events';
import { CallbackRequestEntity } from './callbacks/callback-request.entity';
import { RecordCallbackAttemptUseCase } from './callbacks/record-callback-attempt.use-case';
import { RequestCallbackUseCase } from './callbacks/request-callback.use-case';
import { TicketAssignment } from './tickets/ticket-assignment.service';

const SERVICES = [
  AgentPresenceService,
  CallbackQueue,
  ChatAssignment,
  ChatQueue,
  ChatRoutingEvents,
  QueueCalendars,
  RecordCallbackAttemptUseCase,
  RequestCallbackUseCase,
  TicketAssignment,
];

/** Business hours and queues. Needs from the app: `Clock` and a `JobScheduler`. */
@Module({
  imports: [
    TicketsModule,
    TypeOrmModule.forFeature([
      AgentRoutingProfileEntity,
      BusinessCalendarEntity,
      CallbackRequestEntity,
      ChatQueueEntryEntity,
      SupportQueueEntity,
    ]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class RoutingModule {}
