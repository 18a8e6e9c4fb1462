import { ApiErrorCode } from '@okpay/contracts';
import { assertSafeInput, DomainError, InputTooDeepError, MAX_INPUT_DEPTH } from '@okpay/shared';
import { FastifyBodyParser, FastifyInstance } from 'fastify';

/** `application/json` and any `application/<something>+json`; every other body type is 415 on JSON routes. */
const JSON_CONTENT_TYPES: readonly (string | RegExp)[] = ['application/json', /^application\/[\w.-]+\+json\s*(;|$)/i];

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class InvalidUtf8Error extends DomainError<ApiErrorCode> {
  constructor() {
    super('invalid_utf8', 'The body is not valid UTF-8.');
  }
}

/**
 * Replaces Fastify's JSON parser (and its text/plain one) with one that refuses, before anything
 * else sees the body: bytes that are not UTF-8 (rather than storing U+FFFD), nesting deeper than
 * {@link MAX_INPUT_DEPTH} (before parsing, so no recursive walker can overflow its stack), and
 * NUL or unpaired surrogates in any key or string. Prototype poisoning stays an error, as before.
 */
export function useStrictJsonBodies(fastify: FastifyInstance, bodyLimit: number): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'ignore');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  const parser: FastifyBodyParser<Buffer> = (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new InvalidUtf8Error(), undefined);
      return;
    }
    if (jsonNestingExceeds(text, MAX_INPUT_DEPTH)) {
      done(new InputTooDeepError(), undefined);
      return;
    }
    parseJson(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      try {
        assertSafeInput(parsed);
      } catch (unsafe) {
        return done(unsafe as Error, undefined);
      }
      done(null, parsed);
    });
  };
  for (const type of JSON_CONTENT_TYPES) fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, parser);
}

/** True when brackets outside strings nest deeper than `limit`: one pass, no recursion. */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}
