import { IntentId } from '@okpay/contracts';
import { RankedIntent } from '../understanding/intent-classifier';
import { MessageSlots } from '../understanding/message-slots';

/**
 * What a vague message about one thing of the wallet may mean: "card problem", "转账的事",
 * "account". Too vague to answer, too clearly ours to turn away: the bot offers these to pick from.
 */
const MENUS: ReadonlyArray<{ readonly words: RegExp; readonly topics: readonly IntentId[] }> = [
  { words: /\bcards?\b|卡/, topics: ['payment_failed', 'topup_failed', 'topup_methods'] },
  { words: /\btransfers?\b|\bsend(?:ing)?\b|转账|汇款|转钱/, topics: ['transaction_pending', 'fees', 'cancel_transaction', 'cross_border'] },
  { words: /topup|top-up|充值|充钱/, topics: ['topup_failed', 'topup_methods', 'fees'] },
  { words: /\bpayments?\b|\bpay\b|付款|支付|付钱/, topics: ['payment_failed', 'how_to_pay', 'refund'] },
  { words: /\baccount\b|账户|账号|帐户|帐号/, topics: ['login_issue', 'account_security', 'identity_verification', 'balance_history'] },
  { words: /\bmoney\b|钱/, topics: ['transaction_pending', 'topup_failed', 'balance_history'] },
];

/** Money that has not arrived: a transfer in progress, or a top-up that did not come through. */
const NOT_ARRIVED: readonly IntentId[] = ['transaction_pending', 'topup_failed'];

/** A few words only: "card problem", "转账的事", "account?". */
const SHORT_WORDS = 4;
const SHORT_HAN = 8;

function isShort(normalized: string): boolean {
  const han = normalized.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const words = normalized.match(/[a-z]+/g)?.length ?? 0;
  return han <= SHORT_HAN && words <= SHORT_WORDS && han + words > 0;
}

/**
 * The topics to offer for a message the bot could not place (`rejected`) or placed unsurely, or
 * null when it is not vague about something of ours. The likelier topics (by the classifier) come first.
 */
export function topicMenuFor(normalized: string, slots: MessageSlots, ranked: readonly RankedIntent[], rejected = false): readonly IntentId[] | null {
  const pendingMoney = slots.transaction.status === 'pending' && slots.aspects.some((a) => a === 'status' || a === 'duration');
  // A message that asks something specific of a topic it was placed in ("充值多久到账") is not vague,
  // however short; one the bot could not place at all is ("where's my money??").
  const vague = (rejected || slots.aspects.length === 0) && isShort(normalized);
  const menu = pendingMoney ? NOT_ARRIVED : vague ? MENUS.find((m) => m.words.test(normalized))?.topics : undefined;
  if (!menu) return null;
  const probabilityOf = (intent: IntentId) => ranked.find((r) => r.intent === intent)?.probability ?? 0;
  return [...menu].sort((a, b) => probabilityOf(b) - probabilityOf(a));
}
