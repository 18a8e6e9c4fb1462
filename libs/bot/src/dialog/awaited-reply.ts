import { IntentId } from '@okpay/contracts';
import { MessageSlots } from '../understanding/message-slots';
import { normalizeText } from '../understanding/text-normalizer';
import { AwaitedAnswer, TransactionChoice } from './dialogue-state';

/** How the message answers the question the bot asked last turn. */
export type AwaitedReply =
  | { readonly kind: 'intent'; readonly intent: IntentId }
  | { readonly kind: 'transaction'; readonly option: TransactionChoice }
  | { readonly kind: 'declined' }
  | { readonly kind: 'phone'; readonly phone: string }
  /** "yes" to a callback, but no number yet. */
  | { readonly kind: 'phone_missing' };

export interface OptionLabels {
  /** What the customer sees for each clarifying option (quick-reply labels), to match words against. */
  readonly labelOf: (intent: IntentId) => string | undefined;
}

/** Words in the message that pick out one option's label: "the cinema one", "咖啡那笔", "TX-…". */
function byWords<T>(options: readonly T[], labelOf: (option: T) => string, slots: MessageSlots, text: string): T | undefined {
  const normalized = normalizeText(text);
  const ids = slots.transaction.transactionIds.map((id) => id.toLowerCase());
  const words = [...slots.transaction.nameWords, ...slots.amounts.map((a) => String(a.amount / 100))].filter((w) => w.length > 0);
  // An amount that is in no option's label means the customer is talking about another one.
  const amounts = slots.amounts.map((a) => String(a.amount / 100));
  if (amounts.length > 0 && !options.some((option) => amounts.some((a) => normalizeText(labelOf(option)).replace(/,/g, '').includes(a)))) return undefined;
  const short = normalized.replace(/\s+/g, '').length <= 8;
  const scored = options.map((option) => {
    const raw = labelOf(option);
    if (ids.some((id) => raw.toLowerCase().includes(id))) return { option, score: 100 };
    const label = normalizeText(raw).replace(/,/g, '');
    let score = words.filter((w) => label.includes(w)).length;
    // A short reply in Chinese often repeats a piece of the label ("超市那个"): count its shared character pairs.
    if (score === 0 && short) {
      for (const chunk of normalized.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
        for (let i = 0; i + 2 <= chunk.length; i++) if (label.includes(chunk.slice(i, i + 2))) score += 1;
      }
    }
    return { option, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best && best > 0);
  return top.length === 1 ? top[0].option : undefined;
}

function byChoice<T>(options: readonly T[], slots: MessageSlots): T | undefined {
  if (!slots.choice) return undefined;
  if ('last' in slots.choice) return options[options.length - 1];
  return options[slots.choice.index - 1];
}

/**
 * The message read as an answer to the bot's last question, or null when it is not one (then it
 * is a message of its own and the question is dropped). Yes to a list of one is that one.
 */
export function readAwaitedReply(awaiting: AwaitedAnswer, slots: MessageSlots, text: string, labels: OptionLabels): AwaitedReply | null {
  switch (awaiting.kind) {
    case 'callback_phone': {
      if (slots.phoneNumbers[0]) return { kind: 'phone', phone: slots.phoneNumbers[0] };
      if (slots.answer === 'no') return { kind: 'declined' };
      if (slots.answer === 'yes') return { kind: 'phone_missing' };
      return null;
    }
    case 'clarify': {
      const picked =
        byChoice(awaiting.options, slots) ??
        (slots.answer === 'yes' && awaiting.options.length === 1 ? awaiting.options[0] : undefined) ??
        byWords(awaiting.options, (intent) => labels.labelOf(intent) ?? intent, slots, text);
      if (picked) return { kind: 'intent', intent: picked };
      if (slots.answer === 'no') return { kind: 'declined' };
      return null;
    }
    case 'pick_transaction': {
      const picked =
        byChoice(awaiting.options, slots) ??
        (slots.answer === 'yes' && awaiting.options.length === 1 ? awaiting.options[0] : undefined) ??
        byWords(awaiting.options, (option) => option.label, slots, text);
      if (picked) return { kind: 'transaction', option: picked };
      if (slots.answer === 'no') return { kind: 'declined' };
      return null;
    }
  }
}
