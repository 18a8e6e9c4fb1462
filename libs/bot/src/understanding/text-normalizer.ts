import * as OpenCC from 'opencc-js/t2cn';

// Traditional (Taiwan / Hong Kong) characters to simplified: customers in zh-CN still paste both.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** What the traditional → simplified conversion can change: CJK ideographs, and surrogates (ideographs beyond the BMP). */
const CONVERTIBLE = /[\u3400-\u9fff\uf900-\ufaff\ud800-\udbff]/;

/**
 * Misspellings and shorthand customers actually type, mapped to the word the knowledge base uses.
 * Only unambiguous ones: the classifier's SpellingCorrector handles the long tail of typos.
 */
const COMMON_TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/登陆/g, '登录'],
  [/帐/g, '账'],
  [/\bpls\b|\bplz\b/g, 'please'],
  [/\bthx\b|\bthnx\b|\bty\b/g, 'thanks'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  // Negations typed without the apostrophe ("hasnt", "couldnt"): the "not" decides many intents.
  [/\b(ca|do|does|did|wo|have|has|had|is|are|was|were|could|should|would|must|need)nt\b/g, "$1n't"],
  [/\bim\b/g, "i'm"],
  [/\brecie?ved\b/g, 'received'],
  [/\brecie?ve\b/g, 'receive'],
  [/\bacc(?:o|ou)nt\b|\baccout\b|\bacount\b/g, 'account'],
  [/\bpas+w(?:or|ro)d\b|\bpasword\b/g, 'password'],
  [/\btop[\s-]up\b/g, 'topup'],
  [/\bsign[\s-]in\b/g, 'signin'],
  [/\blog[\s-]in\b/g, 'login'],
  [/\bsign[\s-]up\b/g, 'signup'],
  [/\be-?mail\b/g, 'email'],
  [/\bwi-?fi\b/g, 'wifi'],
  [/\bthru\b/g, 'through'],
  [/\bwanna\b/g, 'want to'],
  [/\btxn\b/g, 'transaction'],
  [/\bacct\b/g, 'account'],
];

/**
 * One canonical form for every message before it is understood: full-width → half-width (NFKC),
 * lower case, traditional → simplified Chinese, repeated punctuation and letters squeezed, common
 * typos fixed, whitespace collapsed.
 */
export function normalizeText(raw: string): string {
  const nfkc = raw.normalize('NFKC');
  // The conversion walks its dictionaries character by character: English needs none of it.
  let text = (CONVERTIBLE.test(nfkc) ? toSimplified(nfkc) : nfkc).toLowerCase();
  text = text.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
  text = text.replace(/([!?！？。.,，~～…])\1+/g, '$1');
  text = text.replace(/([a-z])\1{2,}/g, '$1$1');
  for (const [pattern, replacement] of COMMON_TYPOS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}
