/** Ticket states and priorities an agent can pick in the inbox (`new` is set by the system only). */
export const AGENT_TICKET_STATUSES = ['open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TICKET_PRIORITY_NAMES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_CHANNEL_NAMES = ['web', 'chat', 'email', 'phone', 'bot'] as const;
/** `at_risk`: a target not met whose due time is within the hour; `breached`: past a due time not met. */
export const TICKET_SLA_FILTERS = ['at_risk', 'breached'] as const;
