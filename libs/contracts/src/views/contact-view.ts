import { Static, Type } from '@sinclair/typebox';
import { CONVERSATION_STATUSES } from '../chat';
import { LocaleSchema } from '../locale';
import { Nullable } from './nullable';
import { StringEnum } from './string-enum';
import { TicketSummaryViewSchema } from './ticket-summary-view';

/** A person agents deal with: a wallet customer, or an email or chat requester. Unknown fields are absent. */
export const ContactViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    phone: Type.Optional(Type.String({ description: 'E.164 for wallet customers and callbacks' })),
    customerId: Type.Optional(Type.String({ format: 'uuid', description: 'The wallet customer, for the customer panel' })),
  },
  { $id: 'ContactView' },
);
export type ContactView = Static<typeof ContactViewSchema>;

export const ContactPageViewSchema = Type.Object(
  {
    items: Type.Array(ContactViewSchema),
    nextCursor: Nullable(Type.String(), { description: 'Pass back as `cursor` for the next page; null at the end.' }),
  },
  { $id: 'ContactPageView' },
);
export type ContactPageView = Static<typeof ContactPageViewSchema>;

/** One of a contact's chats, for their history. */
export const ContactConversationViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: StringEnum(CONVERSATION_STATUSES),
    locale: LocaleSchema,
    ticketId: Nullable(Type.String({ format: 'uuid' }), { description: 'The ticket the chat became, if any' }),
    createdAt: Type.String({ format: 'date-time' }),
    closedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'ContactConversationView' },
);

/** One of a contact's callback requests, for their history. */
export const ContactCallbackViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.String({ example: 'scheduled' }),
    topic: Type.String(),
    phone: Type.String({ description: 'E.164' }),
    scheduledFor: Type.String({ format: 'date-time' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ContactCallbackView' },
);

/** A contact with their history, each list newest first. */
export const ContactProfileViewSchema = Type.Composite(
  [
    ContactViewSchema,
    Type.Object({
      mergedInto: Type.Optional(Type.String({ format: 'uuid', description: 'Set when this contact was merged into another: open that one instead' })),
      tickets: Type.Array(TicketSummaryViewSchema),
      conversations: Type.Array(ContactConversationViewSchema),
      callbacks: Type.Array(ContactCallbackViewSchema),
    }),
  ],
  { $id: 'ContactProfileView' },
);
export type ContactProfileView = Static<typeof ContactProfileViewSchema>;

/** Who a ticket is with, in its detail. */
export const TicketRequesterViewSchema = Type.Object(
  {
    contactId: Type.String({ format: 'uuid' }),
    name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    customerId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { $id: 'TicketRequesterView' },
);
export type TicketRequesterView = Static<typeof TicketRequesterViewSchema>;
