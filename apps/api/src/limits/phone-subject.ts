import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * One key per phone number however it is written (`138 0013 8000`, `+86 138…`), read as
 * mainland Chinese without a country code as callbacks do; unparsable input counts by its digits.
 */
export function phoneSubject(input: string): string {
  return parsePhoneNumberFromString(input, 'CN')?.number ?? input.replace(/\D/g, '');
}
