import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** A customer's CSAT rating of a solved ticket. */
export const SatisfactionViewSchema = Type.Object(
  { score: Type.Integer({ minimum: 1, maximum: 5 }), comment: Nullable(Type.String()) },
  { $id: 'SatisfactionView' },
);
export type SatisfactionView = Static<typeof SatisfactionViewSchema>;
