import { HttpException } from '@nestjs/common';
import { ErrorCode, ProblemDetails } from '@okpay/contracts';
import { DomainError, domainErrorOfDatabaseFailure, RateLimitedError, ServiceUnavailableError } from '@okpay/shared';

/**
 * The HTTP status of every domain error code. Typed over the whole union, so a code added to a
 * module's list in `@okpay/contracts` does not compile until it has a status here.
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<ErrorCode, DomainErrorStatus>> = {
  validation_failed: 400,
  invalid_cursor: 400,
  invalid_characters: 400,
  json_too_deep: 400,
  invalid_amount: 400,
  unsupported_currency: 400,
  currency_mismatch: 400,
  amount_too_large: 400,
  invalid_basis_points: 400,
  invalid_allocation: 400,
  unknown_reference: 422,
  invalid_value: 400,
  value_out_of_range: 400,
  unavailable: 503,
  invalid_credentials: 401,
  unauthenticated: 401,
  invalid_token: 401,
  forbidden: 403,
  too_many_login_attempts: 429,
  agent_email_taken: 409,
  invalid_widget_identity: 401,
  transaction_not_found: 404,
  merchant_not_found: 404,
  account_not_found: 404,
  refund_not_found: 404,
  customer_not_found: 404,
  kyc_submission_not_found: 404,
  recipient_not_found: 404,
  email_already_registered: 409,
  idempotency_key_reused: 422,
  invalid_idempotency_key: 400,
  transaction_not_cancellable: 422,
  transaction_not_pending: 422,
  adjustment_would_overdraw: 422,
  amount_below_fee: 422,
  not_a_payment: 422,
  payment_not_succeeded: 422,
  refund_exceeds_payment: 422,
  refund_not_reviewable: 422,
  kyc_submission_pending: 409,
  kyc_not_reviewable: 422,
  kyc_tier_not_higher: 422,
  self_transfer: 422,
  top_up_below_minimum: 422,
  ticket_not_found: 404,
  ticket_closed: 422,
  tickets_not_mergeable: 422,
  ticket_not_solved: 422,
  satisfaction_already_given: 409,
  internal_notes_agents_only: 403,
  internal_note_not_allowed: 403,
  conversation_not_found: 404,
  conversation_closed: 409,
  attachment_not_found: 404,
  unsupported_attachment_type: 400,
  attachment_too_large: 400,
  empty_message: 400,
  message_too_long: 400,
  csat_not_allowed: 409,
  canned_response_not_found: 404,
  macro_not_found: 404,
  name_taken: 409,
  invalid_reply_template: 400,
  chat_offer_not_found: 404,
  chat_offer_expired: 409,
  chat_not_found: 404,
  not_queued: 404,
  callback_already_active: 409,
  callback_not_found: 404,
  callback_not_active: 422,
  invalid_phone: 400,
  premium_rate_number: 400,
  shared_cost_number: 400,
  unknown_time_zone: 400,
  no_callback_slot: 422,
  calendar_not_found: 404,
  calendar_name_taken: 409,
  not_found: 404,
  queue_not_found: 404,
  conversation_required: 400,
  unsupported_media_type: 400,
  invalid_job_payload: 400,
  front_ends_not_built: 503,
  invalid_utf8: 400,
  help_page_not_found: 404,
  unknown_event: 404,
  unknown_namespace: 404,
  payload_too_large: 400,
  conversation_not_followed: 404,
  message_already_left: 409,
  forbidden_origin: 403,
  rate_limited: 429,
  socket_rate_limited: 429,
  database_unavailable: 503,
};

type DomainErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503;

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Codes for errors raised by the framework rather than by our domain code. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Fastify's own error codes that say something more useful than the status alone. */
const CODE_BY_FASTIFY_CODE: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

export interface MappedProblem {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;
  /** True when the error is ours to fix (5xx): log it with its stack. */
  readonly unexpected: boolean;
}

export function toProblem(error: unknown): MappedProblem {
  const databaseFailure = domainErrorOfDatabaseFailure(error);
  if (databaseFailure) return toProblem(databaseFailure);
  if (error instanceof DomainError) {
    // `instanceof` on the generic class narrows to DomainError<any>; name the code's type again.
    const code: ErrorCode = error.code;
    const status = HTTP_STATUS_BY_CODE[code];
    const headers: Record<string, string> =
      error instanceof RateLimitedError || error instanceof ServiceUnavailableError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    return {
      problem: { ...problem(status, code, error.message), ...error.extensions },
      headers,
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest raises NotFoundException for a path no route serves, and wraps Fastify's own 4xx
    // errors (bad JSON, wrong content type, body too large) with the original as the cause.
    const isRouteMiss = status === 404 && /^Cannot \w+ /.test(error.message);
    const fastifyCode = (error.cause as { code?: unknown } | undefined)?.code;
    const code = isRouteMiss
      ? 'route_not_found'
      : (typeof fastifyCode === 'string' && CODE_BY_FASTIFY_CODE[fastifyCode]) || CODE_BY_STATUS[status] || `http_${status}`;
    const detail = isRouteMiss ? 'No such endpoint.' : status >= 500 ? undefined : error.message;
    return { problem: problem(status, code, detail), headers: {}, unexpected: status >= 500 };
  }
  return { problem: problem(500, 'internal_error', 'Something went wrong on our side.'), headers: {}, unexpected: true };
}

function problem(status: number, code: string, detail?: string): ProblemDetails {
  return {
    type: `https://okpay.test/problems/${code.replace(/_/g, '-')}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
  };
}
