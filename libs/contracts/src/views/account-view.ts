import { Static, Type } from '@sinclair/typebox';
import { MoneyViewSchema } from './money-view';

/** One currency wallet of a customer. */
export const AccountViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), currency: Type.String({ example: 'CNY' }), balance: MoneyViewSchema },
  { $id: 'AccountView' },
);
export type AccountView = Static<typeof AccountViewSchema>;
