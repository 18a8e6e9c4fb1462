// The face of @okpay/routing: its modules, use cases, queues, errors and read-only records; entities stay inside.
// Data access: use cases hold no SQL (lint rule); the queue services own their statements (row
// locks, SKIP LOCKED picks), and plain inserts live in *.repository.ts files.
export { BusinessCalendarRecord } from './calendars/business-calendar.record';
export { CalendarNameTakenError, CalendarNotFoundError } from './calendars/calendar.errors';
export { QUEUE_CALENDAR_TTL_MS } from './calendars/queue-calendar-cache';
export { QueueCalendars } from './calendars/queue-calendars.service';
export { QUEUE_KINDS, QueueKind, SupportQueueRecord } from './calendars/support-queue.record';
export { CALLBACK_EXPIRES_AFTER_MS, EXPIRE_CALLBACK_JOB, ExpireCallbackJobData } from './callbacks/callback-jobs';
export { InvalidPhoneNumberError } from './callbacks/callback-phone';
export { CallbackQueue } from './callbacks/callback-queue.service';
export { CALLBACK_OUTCOMES, CallbackOutcome, CallbackRequestRecord, CallbackStatus } from './callbacks/callback-request.record';
export { CUSTOMER_CALL_WINDOW, NoCallbackSlotError, UnknownTimeZoneError } from './callbacks/callback-slot';
export { CallbackAlreadyActiveError, CallbackNotActiveError, CallbackNotFoundError } from './callbacks/callback.errors';
export { MAX_CALL_ATTEMPTS, RecordCallbackAttemptUseCase, RETRY_GAP_MS } from './callbacks/record-callback-attempt.use-case';
export { RequestCallbackCommand, RequestCallbackUseCase } from './callbacks/request-callback.use-case';
export { AgentPresenceService, RoutingProfileChange } from './chat/agent-presence.service';
export { AgentPresence, AgentRoutingProfileRecord } from './chat/agent-routing-profile.record';
export { ChatAssignment } from './chat/chat-assignment.service';
export { ChatQueueEntryRecord, ChatQueueStatus } from './chat/chat-queue-entry.record';
export { ChatAdmission, ChatQueue, ChatQueueMetrics, ChatRequest, QueuePosition } from './chat/chat-queue.service';
export { ChatRoutingEvent, ChatRoutingEvents, ChatRoutingListener } from './chat/chat-routing-events';
export * from './chat/chat-routing-policy';
export { ChatNotAssignedError, ChatOfferExpiredError, ChatOfferNotFoundError } from './chat/chat.errors';
export { RoutingModule, RoutingModuleImports } from './routing.module';
export { BusinessCalendarsModule, BusinessCalendarsModuleImports } from './calendars/business-calendars.module';
export { ASSIGN_TICKETS_JOB, TicketAssignment } from './tickets/ticket-assignment.service';
