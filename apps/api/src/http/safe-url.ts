import { hasUnsafeCharacters, InvalidCharactersError } from '@okpay/shared';

/**
 * Path parameters and query values are percent-decoded by the router: refuse a URL whose
 * escapes are not UTF-8 (which is how an unpaired surrogate travels) or decode to NUL.
 */
export function assertSafeUrl(url: string): void {
  if (!url.includes('%')) return;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    throw new InvalidCharactersError('(url)');
  }
  if (hasUnsafeCharacters(decoded)) throw new InvalidCharactersError('(url)');
}
