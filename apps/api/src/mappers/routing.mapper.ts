import {
  BusinessHoursView,
  CalendarView,
  CallbackView,
  CallbackWorkItemView,
  ChatAdmissionView,
  ChatQueueItemView,
  QueueCalendarView,
  QueuePositionView,
  RoutingProfileView,
} from '@okpay/contracts';
import { AgentRoutingProfileRecord, BusinessCalendarRecord, CallbackRequestRecord, ChatAdmission, ChatQueueEntryRecord, QueuePosition, SupportQueueRecord } from '@okpay/routing';
import { BusinessHoursStatus } from '@okpay/shared';

export function toBusinessHoursView(status: BusinessHoursStatus): BusinessHoursView {
  return {
    open: status.open,
    timeZone: status.timeZone,
    ...(status.opensAt ? { opensAt: status.opensAt.toISOString() } : {}),
    ...(status.closesAt ? { closesAt: status.closesAt.toISOString() } : {}),
  };
}

export function toCalendarView(calendar: BusinessCalendarRecord): CalendarView {
  return { id: calendar.id, name: calendar.name, definition: calendar.definition, version: calendar.version, updatedAt: calendar.updatedAt.toISOString() };
}

export function toQueueView(queue: SupportQueueRecord): QueueCalendarView {
  return { kind: queue.kind, calendarId: queue.calendarId };
}

/** The customer's own view: what was asked and when we will call. */
export function toCallbackView(callback: CallbackRequestRecord): CallbackView {
  return {
    id: callback.id,
    status: callback.status,
    scheduledFor: callback.scheduledFor.toISOString(),
    timeZone: callback.timeZone,
    topic: callback.topic,
    locale: callback.locale,
  };
}

/** The agent's work item: the number to dial and the history of attempts. */
export function toCallbackWorkItem(callback: CallbackRequestRecord): CallbackWorkItemView {
  return {
    ...toCallbackView(callback),
    phone: callback.phone,
    name: callback.name,
    customerId: callback.customerId,
    priority: callback.priority,
    attempts: callback.attempts,
    lastOutcome: callback.lastOutcome,
    arrivedAt: callback.arrivedAt.toISOString(),
  };
}

export function toRoutingProfileView(profile: AgentRoutingProfileRecord): RoutingProfileView {
  return {
    agentId: profile.agentId,
    presence: profile.presence,
    chatCapacity: profile.chatCapacity,
    ticketCapacity: profile.ticketCapacity,
    activeChats: profile.activeChats,
    languages: profile.languages,
    topics: profile.topics,
  };
}

/** What the waiting customer sees: place in line and, when known, the wait. */
export function toQueuePositionView(position: QueuePosition): QueuePositionView {
  return {
    status: position.entry.status,
    position: position.position,
    ...(position.estimatedWaitSeconds !== undefined ? { estimatedWaitSeconds: position.estimatedWaitSeconds } : {}),
  };
}

export function toChatAdmissionView(admission: ChatAdmission): ChatAdmissionView {
  if (admission.admitted) return { admitted: true, ...toQueuePositionView(admission) };
  return { admitted: false, reason: admission.reason, nextOpening: admission.nextOpening?.toISOString() ?? null };
}

/** The agent's view of a queued or owned chat. */
export function toChatQueueItem(entry: ChatQueueEntryRecord): ChatQueueItemView {
  return {
    id: entry.id,
    conversationId: entry.conversationId,
    customerId: entry.customerId,
    language: entry.language,
    topic: entry.topic,
    priority: entry.priority,
    status: entry.status,
    arrivedAt: entry.arrivedAt.toISOString(),
    ...(entry.offerExpiresAt ? { offerExpiresAt: entry.offerExpiresAt.toISOString() } : {}),
    ...(entry.assignedAt ? { assignedAt: entry.assignedAt.toISOString() } : {}),
  };
}
