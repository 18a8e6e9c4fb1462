import { Static, Type } from '@sinclair/typebox';

/** Money as every answer shows it: integer minor units and an ISO 4217 code (12050 CNY is ¥120.50). */
export const MoneyViewSchema = Type.Object(
  {
    amount: Type.Integer({ description: 'Minor units (fen, cents).', example: 12050 }),
    currency: Type.String({ description: 'ISO 4217 code.', example: 'CNY' }),
  },
  { $id: 'MoneyView' },
);
export type MoneyView = Static<typeof MoneyViewSchema>;
