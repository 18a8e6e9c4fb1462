import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallbackQueue } from './callbacks/callback-queue.service';
import { CallbackRequestEntity } from './callbacks/callback-request.entity';
import { RecordCallbackAttemptUseCase } from './callbacks/record-callback-attempt.use-case';
import { RequestCallbackUseCase } from './callbacks/request-callback.use-case';
import { AgentPresenceService } from './chat/agent-presence.service';
import { AgentRoutingProfileEntity } from './chat/agent-routing-profile.entity';
import { ChatAssignment } from './chat/chat-assignment.service';
import { ChatQueueEntryEntity } from './chat/chat-queue-entry.entity';
import { ChatQueue } from './chat/chat-queue.service';
import { ChatRoutingEvents } from './chat/chat-routing-events';
import { TicketAssignment } from './tickets/ticket-assignment.service';

export interface RoutingModuleImports {
  /** Exports `Clock` and a `JobScheduler`. */
  readonly platform: DynamicModule;
  /** The `BusinessCalendarsModule` the app built. */
  readonly calendars: DynamicModule;
  /** The `TicketsModule` the app built. */
  readonly tickets: DynamicModule;
}

/** Chat and callback queues, agent presence and ticket assignment. */
@Module({})
export class RoutingModule {
  static forRoot({ platform, calendars, tickets }: RoutingModuleImports): DynamicModule {
    return {
      module: RoutingModule,
      imports: [
        platform,
        calendars,
        tickets,
        TypeOrmModule.forFeature([AgentRoutingProfileEntity, CallbackRequestEntity, ChatQueueEntryEntity]),
      ],
      providers: [
        AgentPresenceService,
        CallbackQueue,
        ChatAssignment,
        ChatQueue,
        ChatRoutingEvents,
        RecordCallbackAttemptUseCase,
        RequestCallbackUseCase,
        TicketAssignment,
      ],
      exports: [AgentPresenceService, CallbackQueue, ChatAssignment, ChatQueue, ChatRoutingEvents, RecordCallbackAttemptUseCase, RequestCallbackUseCase, TicketAssignment],
    };
  }
}
