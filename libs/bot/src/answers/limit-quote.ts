import { Locale } from '@okpay/contracts';
import { KYC_LIMITS, KYC_TIERS, KycTier } from '@okpay/wallet-core';
import { botMessage } from '../messages/bot-messages';
import { LimitKind, LimitPeriod } from '../understanding/message-slots';
import { money } from './locale-format';

const LIMIT_KINDS: readonly LimitKind[] = ['payment', 'transfer', 'card_top_up'];

// Read on normalized text: "after basic verification", "高级认证", "without verifying".
const TIER_WORDS: ReadonlyArray<readonly [KycTier, RegExp]> = [
  ['unverified', /\bunverified\b|\bnot verified\b|\bwithout (?:verifying|verification)\b|未认证|没认证|没有认证|不认证/],
  ['basic', /\bbasic\b|基础认证|基础|初级/],
  ['full', /\bfull(?:y verified)?\b|\badvanced\b|高级认证|高级/],
];

/** The verification tier a message names, if any. */
export function tierNamedIn(normalized: string): KycTier | undefined {
  return TIER_WORDS.find(([, words]) => words.test(normalized))?.[0];
}

/** What the conversation knows about the limit asked: a tier, a kind of operation, single or daily. */
export interface LimitQuestion {
  readonly tier?: KycTier;
  readonly kind?: LimitKind;
  readonly period?: LimitPeriod;
}

/**
 * The limits asked about, from wallet-core's table: only the tier, kind and figure named (all of
 * them when not named), so "how much can I pay a day after basic verification" gets one line and
 * not the whole table. Null when the question names none of the three.
 */
export function limitQuoteFor(question: LimitQuestion, locale: Locale): string | null {
  if (!question.tier && !question.kind && !question.period) return null;
  const tiers = question.tier ? [question.tier] : KYC_TIERS;
  const kinds = question.kind ? [question.kind] : LIMIT_KINDS;
  const lines = tiers.flatMap((tier) =>
    kinds.map((kind) => {
      const { single, daily } = KYC_LIMITS[tier][kind];
      const values = { tier: botMessage(locale, `tier.${tier}`), kind, single: money(single, locale), daily: money(daily, locale) };
      if (question.period === 'single') return botMessage(locale, 'limits.quote.single', values);
      if (question.period === 'daily') return botMessage(locale, 'limits.quote.daily', values);
      return botMessage(locale, 'limits.quote.both', values);
    }),
  );
  return `${botMessage(locale, 'limits.quote.heading')}\n${lines.join('\n')}`;
}
