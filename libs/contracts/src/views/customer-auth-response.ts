import { Static, Type } from '@sinclair/typebox';
import { CustomerViewSchema } from './customer-view';

/** Registration and login of a wallet customer. */
export const CustomerAuthResponseSchema = Type.Object({ token: Type.String(), customer: CustomerViewSchema }, { $id: 'CustomerAuthResponse' });
export type CustomerAuthResponse = Static<typeof CustomerAuthResponseSchema>;
