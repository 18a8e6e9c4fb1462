import { Static, Type } from '@sinclair/typebox';
import { CallbackViewSchema } from './callback-view';
import { Nullable } from './nullable';

/** The agent's work item (`GET /callbacks`): the number to dial and the history of attempts. */
export const CallbackWorkItemViewSchema = Type.Composite(
  [
    CallbackViewSchema,
    Type.Object({
      phone: Type.String({ description: 'E.164' }),
      name: Nullable(Type.String()),
      customerId: Nullable(Type.String({ format: 'uuid' })),
      priority: Type.Integer(),
      attempts: Type.Integer(),
      lastOutcome: Nullable(Type.String()),
      arrivedAt: Type.String({ format: 'date-time' }),
    }),
  ],
  { $id: 'CallbackWorkItemView' },
);
export type CallbackWorkItemView = Static<typeof CallbackWorkItemViewSchema>;
