// The face of @okpay/routing: its modules, use cases, queues, errors and read-only records; entities stay inside.
// Data access: use cases hold no SQL (lint rule); the queue services own their statements (row
// locks, SKIP LOCKED picks), and plain inserts live in *.repository.ts files.
export { BusinessCalendarRecord } from './calendars/business-calendar.record';
export { QUEUE_CALENDAR_TTL_MS } from './calendars/queue-calendar-cache';
export { QueueCalendars } from './calendars/queue-calendars.service';
export { QUEUE_KINDS, QueueKind, SupportQueueRecord } from './calendars/support-queue.record';
export { EXPIRE_CALLBACK_JOB, ExpireCallbackJobData } from './callbacks/callback-jobs';
export { CallbackQueue } from './callbacks/callback-queue.service';
export { CallbackOutcome, CallbackRequestRecord, CallbackStatus } from './callbacks/callback-request.record';
export { RecordCallbackAttemptUseCase } from './callbacks/record-callback-attempt.use-case';
export { RequestCallbackCommand, RequestCallbackUseCase } from './callbacks/request-callback.use-case';
export { AgentPresenceService, RoutingProfileChange } from './chat/agent-presence.service';
export { AgentPresence, AgentRoutingProfileRecord } from './chat/agent-routing-profile.record';
export { ChatAssignment } from './chat/chat-assignment.service';
export { ChatQueueEntryRecord, ChatQueueStatus } from './chat/chat-queue-entry.record';
export { ChatAdmission, ChatQueue, ChatQueueMetrics, ChatRequest, QueuePosition } from './chat/chat-queue.service';
export { ChatRoutingEvent, ChatRoutingEvents, ChatRoutingListener } from './chat/chat-routing-events';
export * from './chat/chat-routing-policy';
export { ChatNotAssignedError, ChatOfferNotFoundError } from './chat/chat.errors';
export { RoutingModule, RoutingModuleImports } from './routing.module';
export { BusinessCalendarsModule, BusinessCalendarsModuleImports } from './calendars/business-calendars.module';
export { ASSIGN_TICKETS_JOB, TicketAssignment } from './tickets/ticket-assignment.service';
