import { randomBytes } from 'node:crypto';

// Crockford-style alphabet: no I, L, O, U, so references survive being read over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `TX-` and 8 random characters (40 bits); the unique index catches the rare clash. */
export function newTransactionReference(): string {
  const bytes = randomBytes(8);
  let out = 'TX-';
  for (const byte of bytes) out += ALPHABET[byte % 32];
  return out;
}
