import { SharedErrorCode } from '@okpay/contracts';
import { DomainError } from '../errors/domain-error';

/**
 * NUL, which PostgreSQL text cannot hold, and a UTF-16 surrogate without its partner, which no
 * encoding can carry: neither is ever meant by a person, so input holding one is refused.
 */
const UNSAFE_CHARACTER = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, 'g');

/** Deeper than any body or payload we define, shallow enough for every recursive walker. */
export const MAX_INPUT_DEPTH = 32;

export class InvalidCharactersError extends DomainError<SharedErrorCode> {
  constructor(field: string) {
    super('invalid_characters', 'Text may not contain NUL characters or unpaired surrogates.', { field });
  }
}

export class InputTooDeepError extends DomainError<SharedErrorCode> {
  constructor() {
    super('json_too_deep', `The input is nested deeper than ${MAX_INPUT_DEPTH} levels.`);
  }
}

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_CHARACTER.test(text);
}

/** For text we must take as it comes (mail): NUL dropped, an unpaired surrogate replaced by U+FFFD. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (char) => (char === '\u0000' ? '' : '\ufffd'));
}

/**
 * Checks every key and string of parsed input (a JSON body, a socket payload, query values):
 * throws {@link InvalidCharactersError} naming the first bad field, or {@link InputTooDeepError}.
 */
export function assertSafeInput(value: unknown, field = '', depth = 0): void {
  if (typeof value === 'string') {
    if (hasUnsafeCharacters(value)) throw new InvalidCharactersError(field || '(body)');
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_INPUT_DEPTH) throw new InputTooDeepError();
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const path = field ? `${field}.${key}` : key;
    if (hasUnsafeCharacters(key)) throw new InvalidCharactersError(path);
    assertSafeInput(item, path, depth + 1);
  }
}
