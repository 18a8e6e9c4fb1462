import { jsonNestingExceeds } from './strict-json-body';

describe('jsonNestingExceeds', () => {
  it('counts brackets of both kinds', () => {
    expect(jsonNestingExceeds('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":[{"b":[]}]}', 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingExceeds('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(jsonNestingExceeds('{"a":"\\"[[[[\\\\"}', 1)).toBe(false);
  });

  it('handles nesting far beyond the stack without recursion', () => {
    expect(jsonNestingExceeds('['.repeat(1_000_000) + ']'.repeat(1_000_000), 32)).toBe(true);
  });
});
