/** Ticket states and priorities an agent can pick in the inbox (`new` is set by the system only). */
export const AGENT_TICKET_STATUSES = ['open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TICKET_PRIORITY_NAMES = ['low', 'normal', 'high', 'urgent'] as const;
