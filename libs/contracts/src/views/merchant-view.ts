import { Static, Type } from '@sinclair/typebox';

export const MerchantViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), name: Type.String(), status: Type.String(), category: Type.String(), country: Type.String() },
  { $id: 'MerchantView' },
);
export type MerchantView = Static<typeof MerchantViewSchema>;
