/** Writes anyone can make cheaply, each counted in its own fixed windows. */
export const RATE_LIMITED_ACTIONS = ['ticket_create', 'callback_request', 'widget_session', 'customer_register', 'bot_message', 'socket_connect', 'help_vote', 'transcript_request'] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

/** Who a count is kept for: the client address, the token's identity, or the phone number to be called. */
export const RATE_LIMIT_SUBJECTS = ['address', 'identity', 'phone'] as const;
export type RateLimitSubject = (typeof RATE_LIMIT_SUBJECTS)[number];

export interface RateLimitRule {
  /** Requests allowed per window; the next one is refused until the window ends. */
  readonly max: number;
  readonly windowSeconds: number;
}

/** `ticket_create.address`: a rule for one action and one subject. */
export type RateLimitRuleName = `${RateLimitedAction}.${RateLimitSubject}`;
export type RateLimitRules = Readonly<Partial<Record<RateLimitRuleName, RateLimitRule>>>;

const MINUTE = 60;
const HOUR = 3600;

/**
 * Generous for a person, tight for a script. Per address they allow for several people behind
 * one NAT; a phone number is called at most three times a day whoever asks.
 */
export const DEFAULT_RATE_LIMIT_RULES: RateLimitRules = {
  'ticket_create.address': { max: 60, windowSeconds: HOUR },
  'ticket_create.identity': { max: 20, windowSeconds: HOUR },
  'callback_request.address': { max: 10, windowSeconds: HOUR },
  'callback_request.identity': { max: 5, windowSeconds: HOUR },
  'callback_request.phone': { max: 3, windowSeconds: 24 * HOUR },
  'widget_session.address': { max: 60, windowSeconds: 10 * MINUTE },
  'customer_register.address': { max: 20, windowSeconds: HOUR },
  'bot_message.address': { max: 120, windowSeconds: MINUTE },
  'bot_message.identity': { max: 30, windowSeconds: MINUTE },
  'socket_connect.address': { max: 300, windowSeconds: MINUTE },
  'socket_connect.identity': { max: 30, windowSeconds: MINUTE },
  'help_vote.address': { max: 30, windowSeconds: HOUR },
  // Each one sends a mail to an address the caller names.
  'transcript_request.address': { max: 20, windowSeconds: HOUR },
  'transcript_request.identity': { max: 5, windowSeconds: HOUR },
};

/**
 * `RATE_LIMITS=ticket_create.address=100/3600,callback_request.phone=5/86400`: each entry
 * replaces one default rule (`max/windowSeconds`). Returns the rules, or what is wrong.
 */
export function parseRateLimitRules(value: string | undefined): { rules: RateLimitRules } | { problem: string } {
  const rules: Partial<Record<RateLimitRuleName, RateLimitRule>> = { ...DEFAULT_RATE_LIMIT_RULES };
  if (value === undefined) return { rules };
  for (const entry of value.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const match = /^([a-z_]+)\.([a-z_]+)=(\d{1,9})\/(\d{1,9})$/.exec(entry);
    const action = match?.[1] as RateLimitedAction | undefined;
    const subject = match?.[2] as RateLimitSubject | undefined;
    if (!match || !RATE_LIMITED_ACTIONS.includes(action!) || !RATE_LIMIT_SUBJECTS.includes(subject!)) {
      return { problem: `"${entry}" is not <action>.<subject>=<max>/<windowSeconds> with an action of ${RATE_LIMITED_ACTIONS.join(', ')} and a subject of ${RATE_LIMIT_SUBJECTS.join(', ')}` };
    }
    const max = Number(match[3]);
    const windowSeconds = Number(match[4]);
    if (max < 1 || windowSeconds < 1 || windowSeconds > 7 * 24 * HOUR) {
      return { problem: `"${entry}" needs max ≥ 1 and a window from 1 s to 7 days` };
    }
    rules[`${action!}.${subject!}`] = { max, windowSeconds };
  }
  return { rules };
}
