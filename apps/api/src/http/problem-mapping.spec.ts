import { HttpException, NotFoundException } from '@nestjs/common';
import { DomainError, RateLimitedError, RequestValidationError } from '@okpay/shared';
import { ErrorCode } from '@okpay/contracts';
import { HTTP_STATUS_BY_CODE } from './http-status-by-code';
import { toProblem } from './problem-mapping';

describe('toProblem', () => {
  const codes = Object.keys(HTTP_STATUS_BY_CODE) as ErrorCode[];

  it('answers every domain error with its status, its code and its detail', () => {
    for (const code of codes) {
      const { problem, unexpected } = toProblem(new DomainError(code, 'Something.'));
      expect({ code, problem, unexpected }).toMatchObject({ code, problem: { status: HTTP_STATUS_BY_CODE[code], code, detail: 'Something.' }, unexpected: false });
    }
  });

  it('answers a missing thing with 404, a name already in use with 409 and an invalid value with 400, whatever the module', () => {
    const statusesOf = (pattern: RegExp) => new Set(codes.filter((code) => pattern.test(code)).map((code) => toProblem(new DomainError(code, 'x')).problem.status));
    expect(statusesOf(/_not_found$/)).toEqual(new Set([404]));
    expect(statusesOf(/_taken$|_already_registered$/)).toEqual(new Set([409]));
    // Invalid credentials, tokens and widget identities are failed sign-ins (401), not bad values.
    expect(statusesOf(/^invalid_(?!credentials|token|widget_identity)/)).toEqual(new Set([400]));
  });

  it('lists field problems and sets Retry-After', () => {
    const validation = toProblem(new RequestValidationError([{ field: 'amount', code: 'is_int', message: 'x' }]));
    expect(validation.problem.errors).toEqual([{ field: 'amount', code: 'is_int', message: 'x' }]);
    const limited = toProblem(new RateLimitedError('socket_rate_limited', 'Slow down.', 42));
    expect(limited.headers).toEqual({ 'retry-after': '42' });
    expect(limited.problem.status).toBe(429);
  });

  it.each([
    ['23503', 422, 'unknown_reference'],
    ['22P02', 400, 'invalid_value'],
    ['22003', 400, 'value_out_of_range'],
    ['22021', 400, 'invalid_characters'],
  ])('maps PostgreSQL refusing a caller’s value (%s) to %d %s', (sqlState, status, code) => {
    const mapped = toProblem({ driverError: { code: sqlState }, message: 'detail that stays in the log' });
    expect(mapped).toMatchObject({ problem: { status, code }, unexpected: false });
  });

  it('answers 503 unavailable with Retry-After while the database is unreachable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });
    const mapped = toProblem(refused);
    expect(mapped.problem).toMatchObject({ status: 503, code: 'unavailable' });
    expect(Number(mapped.headers['retry-after'])).toBeGreaterThan(0);
    expect(mapped.unexpected).toBe(false);
  });

  it('names a route miss and hides the details of unexpected errors', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/v1/x')).problem.code).toBe('route_not_found');
    const crash = toProblem(new Error('connection string postgres://u:secret@db'));
    expect(crash.unexpected).toBe(true);
    expect(JSON.stringify(crash.problem)).not.toContain('secret');
    expect(crash.problem).toMatchObject({ status: 500, code: 'internal_error' });
  });

  it.each([
    ['a pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a statement timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['a lock timeout, wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: { code: '55P03' } })],
    ['an idle-in-transaction timeout', Object.assign(new Error('terminating connection'), { code: '25P03' })],
  ])('answers %s with a retryable 503 and Retry-After', (_name, error) => {
    const mapped = toProblem(error);
    expect(mapped.problem).toMatchObject({ status: 503, code: 'unavailable', retryAfterSeconds: 2 });
    expect(mapped.headers).toEqual({ 'retry-after': '2' });
    expect(mapped.unexpected).toBe(false);
  });

  it('keeps the meaning of Fastify body errors', () => {
    const wrapped = new HttpException('Body is not valid JSON', 400, { cause: { code: 'FST_ERR_CTP_INVALID_JSON_BODY' } });
    expect(toProblem(wrapped).problem.code).toBe('malformed_json');
  });
});
