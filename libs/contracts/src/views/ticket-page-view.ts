import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';
import { TicketSummaryViewSchema } from './ticket-summary-view';

export const TicketPageViewSchema = Type.Object(
  {
    items: Type.Array(TicketSummaryViewSchema),
    nextCursor: Nullable(Type.String(), { description: 'Pass back as `cursor` for the next page; null at the end.' }),
  },
  { $id: 'TicketPageView' },
);
export type TicketPageView = Static<typeof TicketPageViewSchema>;
