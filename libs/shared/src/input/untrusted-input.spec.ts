import { assertSafeInput, hasUnsafeCharacters, InputTooDeepError, InvalidCharactersError, MAX_INPUT_DEPTH, withoutUnsafeCharacters } from './untrusted-input';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('untrusted input', () => {
  it.each([
    ['NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'a\ud800', true],
    ['a lone low surrogate', '\udc00b', true],
    ['reversed halves', '\udc00\ud800', true],
    ['a pair (emoji)', 'ok 😀', false],
    ['Chinese', '退款没到账', false],
    ['ordinary control characters', 'tab\tnewline\n', false],
  ])('%s → unsafe: %s', (_name, text, unsafe) => {
    expect(hasUnsafeCharacters(text)).toBe(unsafe);
  });

  it('names the field of a bad value or key at any depth', () => {
    expect(() => assertSafeInput({ a: [{ b: 'x\u0000' }] })).toThrow(expect.objectContaining({ code: 'invalid_characters', extensions: { field: 'a.0.b' } }));
    expect(() => assertSafeInput({ ok: { ['k\ud800']: 1 } })).toThrow(expect.objectContaining({ extensions: { field: 'ok.k\ud800' } }));
    expect(() => assertSafeInput('\u0000')).toThrow(InvalidCharactersError);
  });

  it('allows nesting up to the limit and refuses beyond it', () => {
    expect(() => assertSafeInput(nested(MAX_INPUT_DEPTH))).not.toThrow();
    expect(() => assertSafeInput(nested(MAX_INPUT_DEPTH + 1))).toThrow(InputTooDeepError);
    expect(() => assertSafeInput(nested(100_000))).toThrow(InputTooDeepError);
  });

  it('passes numbers, booleans and null', () => {
    expect(() => assertSafeInput({ n: 1e18, b: true, z: null, list: [1, 2] })).not.toThrow();
  });
});

describe('withoutUnsafeCharacters', () => {
  it('drops NUL, replaces unpaired surrogates and keeps everything else', () => {
    expect(withoutUnsafeCharacters('a\u0000b\u0000')).toBe('ab');
    expect(withoutUnsafeCharacters('x\ud800y\udc00')).toBe('x\ufffdy\ufffd');
    expect(withoutUnsafeCharacters('退款 😀\n')).toBe('退款 😀\n');
  });
});
