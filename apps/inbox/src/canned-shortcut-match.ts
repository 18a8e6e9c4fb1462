import type { CannedResponseView } from '@okpay/contracts';

/** `/refund` typed at the caret (at the start or after a space): the shortcut being typed. */
const SHORTCUT = /(^|\s)\/([^\s/]*)$/;
const MAX_SUGGESTIONS = 6;

interface Shortcut {
  /** Where the `/` stands in the draft. */
  readonly start: number;
  readonly end: number;
  readonly query: string;
}

export function shortcutAt(draft: string, caret: number): Shortcut | null {
  const match = SHORTCUT.exec(draft.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, end: caret, query: match[2].toLowerCase() };
}

/** Canned responses whose name contains what follows the `/`, best first (names that start with it). */
export function matchingResponses(responses: CannedResponseView[], query: string): CannedResponseView[] {
  const hits = responses.filter((r) => r.name.toLowerCase().includes(query));
  return hits.sort((a, b) => Number(!a.name.toLowerCase().startsWith(query)) - Number(!b.name.toLowerCase().startsWith(query))).slice(0, MAX_SUGGESTIONS);
}
