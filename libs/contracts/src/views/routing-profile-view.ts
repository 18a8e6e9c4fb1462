import { Static, Type } from '@sinclair/typebox';

/** An agent's presence and what routing may give them. */
export const RoutingProfileViewSchema = Type.Object(
  {
    agentId: Type.String({ format: 'uuid' }),
    presence: Type.String({ example: 'online' }),
    chatCapacity: Type.Integer(),
    ticketCapacity: Type.Integer(),
    activeChats: Type.Integer(),
    languages: Type.Array(Type.String()),
    topics: Type.Array(Type.String()),
  },
  { $id: 'RoutingProfileView' },
);
export type RoutingProfileView = Static<typeof RoutingProfileViewSchema>;
