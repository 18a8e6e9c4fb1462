import { DomainError, RateLimitedError, RequestValidationError } from '@okpay/shared';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { toHandshakeError, toSocketError } from './socket-error-mapping';

function adminShutdown(): DatabaseError {
  return Object.assign(new DatabaseError('terminating connection due to administrator command', 0, 'error'), { code: '57P01' });
}

describe('toSocketError', () => {
  it('keeps a domain error code and its details', () => {
    expect(toSocketError(new DomainError('conversation_not_found', 'No such conversation.'))).toEqual({
      error: { code: 'conversation_not_found', message: 'No such conversation.' },
      unexpected: false,
    });
    const invalid = new RequestValidationError([{ field: 'text', code: 'is_string', message: 'text must be a string' }]);
    expect(toSocketError(invalid).error).toMatchObject({ code: 'validation_failed', errors: [{ field: 'text', code: 'is_string' }] });
    expect(toSocketError(new RateLimitedError('socket_rate_limited', 'Slow down.', 3)).error).toMatchObject({ retryAfterSeconds: 3 });
  });

  it('makes a pool, statement or lock timeout a retryable unavailable', () => {
    for (const error of [new Error('timeout exceeded when trying to connect'), Object.assign(new Error('lock timeout'), { code: '55P03' })]) {
      expect(toSocketError(error)).toEqual({
        error: { code: 'unavailable', message: expect.any(String), retryAfterSeconds: 2 },
        unexpected: false,
      });
    }
  });

  it('hides anything unexpected behind internal_error', () => {
    expect(toSocketError(new Error('password=hunter2 leaked'))).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on our side.' },
      unexpected: true,
    });
  });

  it('answers PostgreSQL refusing a caller’s value with a code, not internal_error', () => {
    expect(toSocketError({ code: '22003', message: 'value "1000000000000000000" is out of range for type integer' })).toEqual({
      error: { code: 'value_out_of_range', message: 'A number is out of range.' },
      unexpected: false,
    });
  });

  it('makes an unreachable database the retryable unavailable, with retryAfterSeconds', () => {
    const outages = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' }),
      Object.assign(new Error('connect ENOENT /tmp/okpay-pg-x/.s.PGSQL.5432'), { code: 'ENOENT', syscall: 'connect' }),
      new QueryFailedError('INSERT ...', [], adminShutdown()),
      Object.assign(new DatabaseError('the database system is starting up', 0, 'error'), { code: '57P03' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ];
    for (const outage of outages) {
      expect(toSocketError(outage)).toEqual({
        error: { code: 'unavailable', message: expect.any(String), retryAfterSeconds: expect.any(Number) },
        unexpected: false,
      });
    }
    // A missing file is not an outage.
    expect(toSocketError(Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open' })).error.code).toBe('internal_error');
  });

  it('gives handshake refusals their code in err.data', () => {
    expect(toHandshakeError(new DomainError('invalid_token', 'Bad token.')).data.code).toBe('invalid_token');
  });
});
