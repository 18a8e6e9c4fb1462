/** Codes raised by @okpay/auth. */
export const AUTH_ERROR_CODES = [
  'invalid_credentials',
  'unauthenticated',
  'invalid_token',
  'forbidden',
  'too_many_login_attempts',
  'agent_email_taken',
  'invalid_widget_identity',
  'agent_not_found',
] as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];
