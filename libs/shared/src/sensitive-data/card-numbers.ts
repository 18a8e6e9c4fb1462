/**
 * Card numbers that customers type are masked to first 6 / last 4 before anything stores or logs
 * them. A candidate is 13–19 digits that passes the Luhn check (so order numbers and phone numbers
 * are left alone). Read after NFKC, so full-width (１２３４) and other compatibility digits count;
 * between digits any mix of up to three separators (spaces, dashes, dots, underscores, slashes) and
 * any number of invisible format characters (zero-width spaces, joiners, soft hyphens) may stand.
 * Only the card's own span is replaced; the text around it stays as typed.
 */
const MAX_SEPARATORS_BETWEEN_DIGITS = 3;
const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;

/** After NFKC: whitespace, dashes of every kind, dot, underscore, slash. */
const SEPARATOR = /^[\s\p{Pd}._/]$/u;
/** Zero-width and other format characters (U+200B, U+200D, U+2060, U+FEFF, U+00AD, …). */
const FORMAT = /^\p{Cf}$/u;

type CharKind = { kind: 'digit'; digit: string } | { kind: 'separator' } | { kind: 'format' } | { kind: 'other' };

function classify(char: string): CharKind {
  if (FORMAT.test(char)) return { kind: 'format' };
  const normalized = char.normalize('NFKC');
  if (/^[0-9]$/.test(normalized)) return { kind: 'digit', digit: normalized };
  if (SEPARATOR.test(normalized)) return { kind: 'separator' };
  return { kind: 'other' };
}

interface TypedDigit {
  readonly digit: string;
  /** UTF-16 offsets of the digit in the text. */
  readonly start: number;
  readonly end: number;
  /** Whether a separator or format character (or the end of the run) stands right before / after it. */
  readonly boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/** Runs of digits joined by separators: each run is a candidate for one or more card numbers. */
function digitRuns(text: string): TypedDigit[][] {
  const runs: TypedDigit[][] = [];
  let run: TypedDigit[] = [];
  let separatorsSinceDigit = 0;
  let gapSinceDigit = false;
  let offset = 0;
  const close = () => {
    if (run.length > 0) {
      run[run.length - 1].boundaryAfter = true;
      runs.push(run);
    }
    run = [];
  };
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const kind = classify(char);
    if (kind.kind === 'digit') {
      // A digit glued to a letter before it ("A4111…") still counts: the boundary is only about other digits.
      const boundaryBefore = run.length === 0 || gapSinceDigit;
      if (run.length > 0 && gapSinceDigit) run[run.length - 1].boundaryAfter = true;
      run.push({ digit: kind.digit, start, end: offset, boundaryBefore, boundaryAfter: false });
      separatorsSinceDigit = 0;
      gapSinceDigit = false;
    } else if (kind.kind === 'format') {
      gapSinceDigit = true;
    } else if (kind.kind === 'separator' && run.length > 0 && separatorsSinceDigit < MAX_SEPARATORS_BETWEEN_DIGITS) {
      separatorsSinceDigit++;
      gapSinceDigit = true;
    } else {
      close();
      separatorsSinceDigit = 0;
      gapSinceDigit = false;
    }
  }
  close();
  return runs;
}

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

/** Card numbers inside one run: the longest Luhn-valid stretch from each group start, left to right. */
function cardSpans(run: TypedDigit[]): { start: number; end: number; digits: string }[] {
  const spans: { start: number; end: number; digits: string }[] = [];
  let i = 0;
  while (i < run.length) {
    if (!run[i].boundaryBefore) {
      i++;
      continue;
    }
    let found = 0;
    for (let length = Math.min(MAX_CARD_DIGITS, run.length - i); length >= MIN_CARD_DIGITS; length--) {
      if (!run[i + length - 1].boundaryAfter) continue;
      const digits = run
        .slice(i, i + length)
        .map((d) => d.digit)
        .join('');
      if (isLuhnValid(digits)) {
        spans.push({ start: run[i].start, end: run[i + length - 1].end, digits });
        found = length;
        break;
      }
    }
    i += found || 1;
  }
  return spans;
}

export function maskCardNumbers(text: string): string {
  const spans = digitRuns(text).flatMap(cardSpans);
  if (spans.length === 0) return text;
  let masked = '';
  let from = 0;
  for (const span of spans) {
    masked += text.slice(from, span.start) + maskCardNumber(span.digits);
    from = span.end;
  }
  return masked + text.slice(from);
}
