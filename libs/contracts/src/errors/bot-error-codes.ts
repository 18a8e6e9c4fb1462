/** Codes raised by @okpay/bot. */
export const BOT_ERROR_CODES = [
  'conversation_not_found',
] as const;

export type BotErrorCode = (typeof BOT_ERROR_CODES)[number];
