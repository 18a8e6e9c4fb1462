import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';

/** The customer's own view of a callback: what was asked and when we will call. */
export const CallbackViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.String({ example: 'scheduled' }),
    scheduledFor: Type.String({ format: 'date-time' }),
    timeZone: Type.String(),
    topic: Type.String(),
    locale: LocaleSchema,
  },
  { $id: 'CallbackView' },
);
export type CallbackView = Static<typeof CallbackViewSchema>;
