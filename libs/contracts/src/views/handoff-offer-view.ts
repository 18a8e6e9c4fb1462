import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';
import { StringEnum } from './string-enum';

/**
 * `GET /widget/handoff-offer`: what the widget offered when no person could come, and what the
 * visitor did with it, so a reloaded page shows the same (queue positions come over the socket).
 */
export const HandoffOfferViewSchema = Type.Object(
  {
    offer: StringEnum(['none', 'leave_message', 'message_left', 'callback_scheduled'] as const, {
      description: '`leave_message`: offered, not taken yet; `message_left`: a ticket was opened; `callback_scheduled`: a call back is booked.',
    }),
    reason: Type.Optional(StringEnum(['closed', 'no_agents_available'] as const)),
    nextOpening: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
    ticketNumber: Type.Optional(Type.Integer()),
    scheduledFor: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'HandoffOfferView' },
);
export type HandoffOfferView = Static<typeof HandoffOfferViewSchema>;
