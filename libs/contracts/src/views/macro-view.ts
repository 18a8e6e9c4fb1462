import { Static, Type } from '@sinclair/typebox';

/** One click: set fields and reply at once. */
export const MacroViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    actions: Type.Object({
      status: Type.Optional(Type.String()),
      priority: Type.Optional(Type.String()),
      addTags: Type.Optional(Type.Array(Type.String())),
      cannedResponseName: Type.Optional(Type.String({ description: 'Replied with, in the customer’s language when a version in it exists.' })),
    }),
  },
  { $id: 'MacroView' },
);
export type MacroView = Static<typeof MacroViewSchema>;
