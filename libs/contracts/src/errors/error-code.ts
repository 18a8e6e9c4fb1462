import { API_ERROR_CODES } from './api-error-codes';
import { AUTH_ERROR_CODES } from './auth-error-codes';
import { BOT_ERROR_CODES } from './bot-error-codes';
import { ROUTING_ERROR_CODES } from './routing-error-codes';
import { SHARED_ERROR_CODES } from './shared-error-codes';
import { TICKETS_ERROR_CODES } from './tickets-error-codes';
import { WALLET_ERROR_CODES } from './wallet-error-codes';

/**
 * Every code a domain error can carry, on the wire as `code` of a problem or a socket error ack.
 * Modules may share a code (`conversation_not_found`, `forbidden`): it means the same to a client.
 */
export const ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...WALLET_ERROR_CODES,
  ...TICKETS_ERROR_CODES,
  ...ROUTING_ERROR_CODES,
  ...BOT_ERROR_CODES,
  ...API_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
