import { Static, Type } from '@sinclair/typebox';

/** `POST /api/v1/widget/sessions`: an anonymous visitor's token and the conversation it names. */
export const WidgetSessionResponseSchema = Type.Object(
  { visitorToken: Type.String(), conversationId: Type.String({ format: 'uuid' }) },
  { $id: 'WidgetSessionResponse' },
);
export type WidgetSessionResponse = Static<typeof WidgetSessionResponseSchema>;
