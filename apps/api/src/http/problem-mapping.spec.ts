import { HttpException, NotFoundException } from '@nestjs/common';
import { DomainError, RateLimitedError, RequestValidationError } from '@okpay/shared';
import { toProblem } from './problem-mapping';

describe('toProblem', () => {
  it.each([
    ['invalid_input', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
    ['unavailable', 503],
  ] as const)('maps a %s domain error to %d with its code', (kind, status) => {
    const { problem } = toProblem(new DomainError(kind, 'some_code', 'Something.'));
    expect(problem).toMatchObject({ status, code: 'some_code', detail: 'Something.' });
  });

  it('lists field problems and sets Retry-After', () => {
    const validation = toProblem(new RequestValidationError([{ field: 'amount', code: 'is_int', message: 'x' }]));
    expect(validation.problem.errors).toEqual([{ field: 'amount', code: 'is_int', message: 'x' }]);
    const limited = toProblem(new RateLimitedError('slow_down', 'Slow down.', 42));
    expect(limited.headers).toEqual({ 'retry-after': '42' });
    expect(limited.problem.status).toBe(429);
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

  it('keeps the meaning of Fastify body errors', () => {
    const wrapped = new HttpException('Body is not valid JSON', 400, { cause: { code: 'FST_ERR_CTP_INVALID_JSON_BODY' } });
    expect(toProblem(wrapped).problem.code).toBe('malformed_json');
  });
});
