import { HttpException } from '@nestjs/common';
import { ErrorCode, ProblemDetails } from '@okpay/contracts';
import { DomainError, domainErrorOfDatabaseFailure, RateLimitedError, ServiceUnavailableError } from '@okpay/shared';
import { HTTP_STATUS_BY_CODE } from './http-status-by-code';

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
