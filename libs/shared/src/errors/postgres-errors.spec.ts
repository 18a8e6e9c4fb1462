import { userValueErrorOf } from './postgres-errors';

describe('userValueErrorOf', () => {
  it.each([
    ['23503', 'unprocessable', 'unknown_reference'],
    ['22P02', 'invalid_input', 'invalid_value'],
    ['22003', 'invalid_input', 'value_out_of_range'],
    ['22021', 'invalid_input', 'invalid_characters'],
  ])('maps SQLSTATE %s, on the error or its driverError, to %s %s', (sqlState, kind, code) => {
    expect(userValueErrorOf({ code: sqlState })).toMatchObject({ kind, code });
    expect(userValueErrorOf({ driverError: { code: sqlState } })).toMatchObject({ kind, code });
  });

  it('leaves every other error alone', () => {
    expect(userValueErrorOf({ code: '23505' })).toBeUndefined();
    expect(userValueErrorOf({ code: '57P01' })).toBeUndefined();
    expect(userValueErrorOf(new Error('boom'))).toBeUndefined();
    expect(userValueErrorOf(undefined)).toBeUndefined();
  });
});
