import { HttpException, NotFoundException } from '@nestjs/common';
import { DomainError, RateLimitedError, RequestValidationError } from '@okpay/shared';
import { toProblem } from './problem-mapping';

describe('toProblem', () => {
  it.each([
    ['invalid_cursor', 400],
    ['invalid_token', 401],
    ['forbidden_origin', 403],
    ['ticket_not_found', 404],
    ['calendar_name_taken', 409],
    ['self_transfer', 422],
    ['front_ends_not_built', 503],
  ] as const)('maps a %s domain error to %d with its code', (code, status) => {
    const { problem } = toProblem(new DomainError(code, 'Something.'));
    expect(problem).toMatchObject({ status, code, detail: 'Something.' });
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
