import { Static, Type } from '@sinclair/typebox';
import { MoneyViewSchema } from './money-view';

/** The customer's tier, its limits and what is left today. */
export const SpendingLimitsViewSchema = Type.Object(
  {
    tier: Type.String({ example: 'basic' }),
    limits: Type.Array(
      Type.Object({
        kind: Type.String({ example: 'payment' }),
        single: MoneyViewSchema,
        daily: MoneyViewSchema,
        usedToday: MoneyViewSchema,
        remainingToday: MoneyViewSchema,
      }),
    ),
  },
  { $id: 'SpendingLimitsView' },
);
export type SpendingLimitsView = Static<typeof SpendingLimitsViewSchema>;
