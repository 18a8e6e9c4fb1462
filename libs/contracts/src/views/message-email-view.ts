import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** For agents: how a ticket message travelled by mail, whether it was delivered, and what came with it. */
export const MessageEmailViewSchema = Type.Object(
  {
    direction: Type.String({ example: 'inbound' }),
    from: Type.String(),
    to: Type.String(),
    deliveryStatus: Type.String(),
    attempts: Type.Integer(),
    deliveryError: Type.Optional(Type.String()),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    safeHtml: Type.Optional(Nullable(Type.String({ description: 'Inbound only: sanitized HTML.' }))),
    originalText: Type.Optional(Nullable(Type.String({ description: 'Inbound only: the whole text, quotes and signature included.' }))),
    note: Type.Optional(Type.String()),
    attachments: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        filename: Type.String(),
        contentType: Type.String(),
        size: Type.Integer(),
        url: Type.String({ description: 'Relative URL, agents only.' }),
      }),
    ),
  },
  { $id: 'MessageEmailView' },
);
export type MessageEmailView = Static<typeof MessageEmailViewSchema>;
