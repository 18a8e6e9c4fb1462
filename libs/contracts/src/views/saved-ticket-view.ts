import { Static, Type } from '@sinclair/typebox';
import { TICKET_CHANNEL_NAMES, TICKET_PRIORITY_NAMES, TICKET_SLA_FILTERS } from '../ticket-choices';
import { StringEnum } from './string-enum';

/** The ticket list's filters, as `GET /tickets` takes them in its query. */
export const TicketFiltersSchema = Type.Object(
  {
    status: Type.Optional(Type.String({ example: 'new,open', description: 'one status or several, comma-separated' })),
    assignee: Type.Optional(Type.String({ example: 'me', description: 'an agent id, `me` or `unassigned`' })),
    group: Type.Optional(Type.String({ example: 'payments' })),
    channel: Type.Optional(StringEnum(TICKET_CHANNEL_NAMES)),
    tag: Type.Optional(Type.String({ example: 'vip' })),
    priority: Type.Optional(StringEnum(TICKET_PRIORITY_NAMES)),
    sla: Type.Optional(StringEnum(TICKET_SLA_FILTERS)),
  },
  { $id: 'TicketFilters' },
);
export type TicketFilters = Static<typeof TicketFiltersSchema>;

/** An agent's own named ticket view. */
export const SavedTicketViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), name: Type.String(), filters: TicketFiltersSchema, createdAt: Type.String({ format: 'date-time' }) },
  { $id: 'SavedTicketView' },
);
export type SavedTicketView = Static<typeof SavedTicketViewSchema>;
