import { DomainError, RateLimitedError, RequestValidationError } from '@okpay/shared';
import { toHandshakeError, toSocketError } from './socket-error-mapping';

describe('toSocketError', () => {
  it('keeps a domain error code and its details', () => {
    expect(toSocketError(new DomainError('not_found', 'conversation_not_found', 'No such conversation.'))).toEqual({
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

  it('gives handshake refusals their code in err.data', () => {
    expect(toHandshakeError(new DomainError('unauthenticated', 'invalid_token', 'Bad token.')).data.code).toBe('invalid_token');
  });
});
