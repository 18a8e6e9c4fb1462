import { Static, Type } from '@sinclair/typebox';
import { MoneyViewSchema } from './money-view';

/** What a transfer or top-up would cost, from the fee schedule. */
export const QuoteViewSchema = Type.Object(
  {
    fee: MoneyViewSchema,
    totalDebited: MoneyViewSchema,
    amountReceived: MoneyViewSchema,
    exchangeRate: Type.Object({
      from: Type.String({ example: 'USD' }),
      to: Type.String({ example: 'CNY' }),
      rate: Type.String({ example: '7.164', description: 'A decimal, as text so that no digit is lost.' }),
    }),
  },
  { $id: 'QuoteView' },
);
export type QuoteView = Static<typeof QuoteViewSchema>;
