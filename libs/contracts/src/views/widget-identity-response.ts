import { Static, Type } from '@sinclair/typebox';

/** `POST /api/v1/widget/identities`: the host page's signed identity traded for a token. */
export const WidgetIdentityResponseSchema = Type.Object(
  {
    token: Type.String({ description: 'A widget-only customer token: valid on `/widget` and the widget REST calls, nowhere else.' }),
    customerId: Type.String({ format: 'uuid' }),
  },
  { $id: 'WidgetIdentityResponse' },
);
export type WidgetIdentityResponse = Static<typeof WidgetIdentityResponseSchema>;
