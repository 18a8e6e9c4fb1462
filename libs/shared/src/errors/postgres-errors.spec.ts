import { userValueErrorOf } from './postgres-errors';

describe('userValueErrorOf', () => {
  it.each([
    ['23503', 'unknown_reference'],
    ['22P02', 'invalid_value'],
    ['22003', 'value_out_of_range'],
    ['22021', 'invalid_characters'],
  ])('maps SQLSTATE %s, on the error or its driverError, to %s', (sqlState, code) => {
    expect(userValueErrorOf({ code: sqlState })).toMatchObject({ code });
    expect(userValueErrorOf({ driverError: { code: sqlState } })).toMatchObject({ code });
  });

  it('leaves every other error alone', () => {
    expect(userValueErrorOf({ code: '23505' })).toBeUndefined();
    expect(userValueErrorOf({ code: '57P01' })).toBeUndefined();
    expect(userValueErrorOf(new Error('boom'))).toBeUndefined();
    expect(userValueErrorOf(undefined)).toBeUndefined();
  });
});
