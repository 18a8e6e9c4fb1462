import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** What admin changes touch; audit entries name one of these and its id. */
export const ADMIN_AUDIT_SUBJECT_TYPES = ['calendar', 'queue', 'agent', 'routing_profile', 'canned_response', 'macro', 'sla_target'] as const;
export type AdminAuditSubjectType = (typeof ADMIN_AUDIT_SUBJECT_TYPES)[number];

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
