import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';
import { QueuePositionViewSchema } from './queue-position-view';
import { StringEnum } from './string-enum';

/** Asking for a person: in the queue (and where), or why not and when support opens. */
export const ChatAdmissionViewSchema = Type.Union(
  [
    Type.Composite([Type.Object({ admitted: Type.Literal(true) }), QueuePositionViewSchema]),
    Type.Object({
      admitted: Type.Literal(false),
      reason: StringEnum(['closed', 'closing_soon', 'no_agents_available']),
      nextOpening: Nullable(Type.String({ format: 'date-time' })),
    }),
  ],
  { $id: 'ChatAdmissionView' },
);
export type ChatAdmissionView = Static<typeof ChatAdmissionViewSchema>;
