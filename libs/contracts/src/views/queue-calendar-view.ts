import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** Which calendar a support queue (chat, tickets, callbacks) keeps hours by. */
export const QueueCalendarViewSchema = Type.Object(
  { kind: Type.String({ example: 'chat' }), calendarId: Nullable(Type.String({ format: 'uuid' })) },
  { $id: 'QueueCalendarView' },
);
export type QueueCalendarView = Static<typeof QueueCalendarViewSchema>;
