/**
 * Card numbers that customers type are masked to first 6 / last 4 before anything stores or logs
 * them. A candidate is 13–19 digits, optionally grouped by single spaces or hyphens, that passes
 * the Luhn check (so order numbers and phone numbers are left alone).
 */
const CARD_CANDIDATE = /(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){12,18}(?!\d)/g;

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function maskCardNumber(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4);
}

export function maskCardNumbers(text: string): string {
  return text.replace(CARD_CANDIDATE, (candidate) => {
    const digits = candidate.replace(/[ -]/g, '');
    return isLuhnValid(digits) ? maskCardNumber(digits) : candidate;
  });
}
