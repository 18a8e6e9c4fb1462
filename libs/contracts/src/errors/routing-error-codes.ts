/** Codes raised by @okpay/routing: chat queue and offers, callbacks, calendars. */
export const ROUTING_ERROR_CODES = [
  'chat_offer_not_found',
  'chat_offer_expired',
  'chat_not_found',
  'not_queued',
  'callback_already_active',
  'callback_not_found',
  'callback_not_active',
  'invalid_phone',
  'premium_rate_number',
  'shared_cost_number',
  'unknown_time_zone',
  'no_callback_slot',
  'calendar_not_found',
  'calendar_name_taken',
] as const;

export type RoutingErrorCode = (typeof ROUTING_ERROR_CODES)[number];
