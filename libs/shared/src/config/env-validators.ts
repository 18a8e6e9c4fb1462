import { EnvError, makeExactValidator } from 'envalid';
import { parseRateLimitRules, RateLimitRules } from './rate-limit-rules';

/** envalid validators whose messages say what is expected; none of them echoes a value that may be secret. */

export function wholeNumber(min: number, max: number) {
  return makeExactValidator<number>((value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new EnvError(`must be a whole number from ${min} to ${max} (got "${value}")`);
    }
    return Number(value);
  });
}

export const port = wholeNumber(0, 65535);

export function oneOf<const Choice extends string>(choices: readonly Choice[]) {
  return makeExactValidator<Choice>((value) => {
    if (!(choices as readonly string[]).includes(value)) throw new EnvError(`must be one of ${choices.join(', ')} (got "${value}")`);
    return value as Choice;
  });
}

export function urlWithProtocol(protocols: readonly string[]) {
  return makeExactValidator<string>((value) => {
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol;
    } catch {
      protocol = undefined;
    }
    // The URL may carry a password: never echo it.
    if (!protocol || !protocols.includes(protocol)) {
      throw new EnvError(`must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    return value;
  });
}

export const emailAddress = makeExactValidator<string>((value) => {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new EnvError(`must be an email address (got "${value}")`);
  return value.toLowerCase();
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const isoInstant = makeExactValidator<Date>((value) => {
  const date = new Date(value);
  if (!ISO_INSTANT.test(value) || Number.isNaN(date.getTime())) {
    throw new EnvError(`must be an ISO 8601 instant with an offset, e.g. 2027-01-04T09:00:00+08:00 (got "${value}")`);
  }
  return date;
});

export function secret(minLength: number) {
  return makeExactValidator<string>((value) => {
    if (value.length < minLength) throw new EnvError(`must be at least ${minLength} characters`);
    return value;
  });
}

export const rateLimitRules = makeExactValidator<RateLimitRules>((value) => {
  const parsed = parseRateLimitRules(value);
  if ('problem' in parsed) throw new EnvError(parsed.problem);
  return parsed.rules;
});
