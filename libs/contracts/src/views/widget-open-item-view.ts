import { Static, Type } from '@sinclair/typebox';
import { StringEnum } from './string-enum';
import { MoneyViewSchema } from './money-view';

export const WIDGET_OPEN_ITEMS = ['none', 'failed_payment', 'pending_refund', 'pending_transfer', 'pending_topup'] as const;
export type WidgetOpenItem = (typeof WIDGET_OPEN_ITEMS)[number];

/**
 * `GET /api/v1/widget/open-item`: the one thing a signed-in customer most likely came about (a
 * payment that failed today, then a refund under way, then a transfer or top-up still pending),
 * which the widget names in one line on open.
 */
export const WidgetOpenItemViewSchema = Type.Object(
  {
    item: StringEnum(WIDGET_OPEN_ITEMS),
    amount: Type.Optional(MoneyViewSchema),
  },
  { $id: 'WidgetOpenItemView' },
);
export type WidgetOpenItemView = Static<typeof WidgetOpenItemViewSchema>;
