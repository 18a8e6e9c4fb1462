import { IntentId } from '@okpay/contracts';

export type HandoffReason = 'requested' | 'low_confidence' | 'complaint' | 'security_incident';

/** Turns in a row the bot may fail to understand before it fetches a person. */
export const LOW_CONFIDENCE_TURNS_BEFORE_HANDOFF = 2;

// A report that money or the account is in someone else's hands, as opposed to a question about 2FA.
const SECURITY_INCIDENT =
  /hack|stolen|not me|wasn'?t me|didn'?t (make|do|authori[sz]e)|unauthori[sz]ed|unrecogni[sz]ed|don'?t recogni[sz]e|someone (else )?(logged|used|took|stole)|fraud|scam|盗|不是我|陌生|没有消费|没消费|被人|异地登录|不认识|莫名|诈骗|骗/;

export function isSecurityIncident(normalizedText: string): boolean {
  return SECURITY_INCIDENT.test(normalizedText);
}

/**
 * When the bot stops answering and fetches a person: on request, on a complaint, after repeated
 * misunderstanding, and at once for a hacked account or a charge the customer does not recognise.
 */
export function handoffReasonFor(intent: IntentId, normalizedText: string, lowConfidenceTurns: number): HandoffReason | null {
  if (intent === 'human_agent') return 'requested';
  if (intent === 'complaint') return 'complaint';
  if (intent === 'account_security' && isSecurityIncident(normalizedText)) return 'security_incident';
  if (lowConfidenceTurns >= LOW_CONFIDENCE_TURNS_BEFORE_HANDOFF) return 'low_confidence';
  return null;
}
