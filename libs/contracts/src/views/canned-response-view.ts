import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';

/** A reply template in one language. */
export const CannedResponseViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), name: Type.String(), locale: LocaleSchema, body: Type.String() },
  { $id: 'CannedResponseView' },
);
export type CannedResponseView = Static<typeof CannedResponseViewSchema>;
