import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** One change made in the admin console: who, what, when, and the state before and after. */
export const AdminAuditEntryViewSchema = Type.Object(
  {
    id: Type.String(),
    actorAgentId: Type.String({ format: 'uuid' }),
    action: Type.String({ example: 'calendar.replaced' }),
    subjectType: Type.String({ example: 'calendar' }),
    subjectId: Type.String(),
    before: Nullable(Type.Unknown()),
    after: Nullable(Type.Unknown()),
    at: Type.String({ format: 'date-time' }),
  },
  { $id: 'AdminAuditEntryView' },
);
export type AdminAuditEntryView = Static<typeof AdminAuditEntryViewSchema>;
