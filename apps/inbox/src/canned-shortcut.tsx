import type { CannedResponseView } from '@okpay/contracts';
import { useState } from 'preact/hooks';
import { matchingResponses, shortcutAt } from './canned-shortcut-match';
import { inboxMessages } from './inbox-messages';

interface Options {
  responses: CannedResponseView[];
  draft: string;
  box: { readonly current: HTMLTextAreaElement | null };
  /** The picked response's text as it will read here (variables filled in). */
  render: (response: CannedResponseView) => Promise<string>;
  onDraft: (draft: string) => void;
}

/**
 * Typing `/refund` in a reply box offers the canned responses named like it; Enter or Tab (or a
 * click) puts the chosen one, rendered, in place of the shortcut, for editing before sending.
 */
export function useCannedShortcut({ responses, draft, box, render, onDraft }: Options) {
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const shortcut = shortcutAt(draft, caret);
  const suggestions = shortcut && dismissed !== draft ? matchingResponses(responses, shortcut.query) : [];
  const open = suggestions.length > 0;

  const pick = async (response: CannedResponseView) => {
    if (!shortcut) return;
    const body = await render(response);
    const next = draft.slice(0, shortcut.start) + body + draft.slice(shortcut.end);
    onDraft(next);
    const at = shortcut.start + body.length;
    setCaret(at);
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
  };

  /** Follows the caret; returns true when the key was the menu's (so the box must not act on it). */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && !event.isComposing) {
      event.preventDefault();
      void pick(suggestions[Math.min(active, suggestions.length - 1)]);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(draft);
      return true;
    }
    return false;
  };

  const track = (element: HTMLTextAreaElement) => {
    setCaret(element.selectionStart ?? element.value.length);
    setActive(0);
  };

  const menu = open ? (
    <ul class="canned-menu" role="listbox" aria-label={inboxMessages().cannedResponse}>
      {suggestions.map((response, index) => (
        <li
          key={response.id}
          role="option"
          id={`canned-option-${response.id}`}
          aria-selected={index === Math.min(active, suggestions.length - 1)}
          class={index === Math.min(active, suggestions.length - 1) ? 'active' : ''}
          onMouseDown={(event) => {
            event.preventDefault();
            void pick(response);
          }}
        >
          <strong>/{response.name}</strong> <small>{response.locale}</small>
          <span class="canned-body">{response.body}</span>
        </li>
      ))}
    </ul>
  ) : null;

  return {
    menu,
    onKeyDown,
    track,
  };
}
