import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';
import { Nullable } from './nullable';

export const CustomerViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    locale: LocaleSchema,
    phone: Nullable(Type.String({ description: 'E.164' })),
  },
  { $id: 'CustomerView' },
);
export type CustomerView = Static<typeof CustomerViewSchema>;
