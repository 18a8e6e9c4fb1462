import { IntentId } from '@okpay/contracts';
import { Dialogue, dialogueTopic, TurnExpectation } from './dialogue-file';

/** What a customer got back for one turn, as far as the expectations look at it. */
export interface ObservedReply {
  readonly intent: IntentId;
  readonly confidence: number;
  readonly text: string;
  readonly quickReplyLabels: readonly string[];
  readonly handoff: boolean;
}

export interface PlayedDialogue {
  readonly dialogue: Dialogue;
  /** One per turn, in order. */
  readonly replies: readonly ObservedReply[];
}

/** Each check is `undefined` when the turn does not ask for it. */
export interface TurnVerdict {
  readonly passed: boolean;
  /** What did not hold, one line each. */
  readonly problems: readonly string[];
  /** `intent` and `oos` together. */
  readonly intentCorrect?: boolean;
  /** The turn expected another intent (or out of scope) and the bot answered with an in-scope one. */
  readonly wrongConfident: boolean;
  /** `any` and `all` together. */
  readonly groundedCorrect?: boolean;
  readonly handoffCorrect?: boolean;
  readonly noneViolated?: boolean;
}

export interface Fraction {
  readonly count: number;
  readonly of: number;
}

export interface FailedTurn {
  readonly dialogueId: string;
  /** 1-based. */
  readonly turn: number;
  readonly say: string;
  readonly reply: ObservedReply;
  readonly problems: readonly string[];
}

export interface DialogueReport {
  readonly dialoguesPassed: Fraction;
  readonly dialoguesPassedByLocale: Readonly<Record<string, Fraction>>;
  readonly dialoguesPassedByTopic: Readonly<Record<string, Fraction>>;
  readonly turnsPassed: Fraction;
  /** Over turns with `intent` or `oos`. */
  readonly intentAccuracy: Fraction;
  /** Over turns with `intent` or `oos`. */
  readonly wrongConfidentAnswers: Fraction;
  /** Over turns with `any` or `all`. */
  readonly groundedFactAccuracy: Fraction;
  /** Over turns with `handoff`. */
  readonly handoffAccuracy: Fraction;
  /** Over turns with `none`. */
  readonly noneViolations: Fraction;
  readonly failures: readonly FailedTurn[];
}

/** Strings match after NFKC, lower-casing and taking out all whitespace, on both sides: "CNY 5.00" matches "cny5.00", "￥" matches "¥". */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

export function checkTurn(expect: TurnExpectation, reply: ObservedReply): TurnVerdict {
  const problems: string[] = [];
  const text = normalizeForMatching(reply.text);
  // What the customer sees: the text and the buttons under it.
  const seen = normalizeForMatching([reply.text, ...reply.quickReplyLabels].join('\n'));
  const appears = (needle: string, haystack: string) => haystack.includes(normalizeForMatching(needle));
  const outOfScope = reply.intent === 'out_of_scope';

  let intentCorrect: boolean | undefined;
  if (expect.intent !== undefined || expect.oos !== undefined) {
    intentCorrect = true;
    if (expect.intent !== undefined && !expect.intent.includes(reply.intent)) {
      intentCorrect = false;
      problems.push(`intent: expected ${expect.intent.join(' or ')}, got ${reply.intent} (${reply.confidence.toFixed(2)})`);
    }
    if (expect.oos !== undefined && expect.oos !== outOfScope) {
      intentCorrect = false;
      problems.push(`oos: expected ${expect.oos ? '' : 'not '}out_of_scope, got ${reply.intent} (${reply.confidence.toFixed(2)})`);
    }
  }

  let groundedCorrect: boolean | undefined;
  if (expect.any !== undefined || expect.all !== undefined) {
    groundedCorrect = true;
    if (expect.any !== undefined && !expect.any.some((s) => appears(s, seen))) {
      groundedCorrect = false;
      problems.push(`any: none of ${quoted(expect.any)} appears`);
    }
    const missing = (expect.all ?? []).filter((s) => !appears(s, text));
    if (missing.length > 0) {
      groundedCorrect = false;
      problems.push(`all: ${quoted(missing)} missing from the text`);
    }
  }

  let handoffCorrect: boolean | undefined;
  if (expect.handoff !== undefined) {
    handoffCorrect = expect.handoff === reply.handoff;
    if (!handoffCorrect) problems.push(`handoff: expected ${expect.handoff ? 'a handoff' : 'no handoff'}, got ${reply.handoff ? 'one' : 'none'}`);
  }

  let noneViolated: boolean | undefined;
  if (expect.none !== undefined) {
    const shown = expect.none.filter((s) => appears(s, seen));
    noneViolated = shown.length > 0;
    if (noneViolated) problems.push(`none: ${quoted(shown)} appears`);
  }

  return {
    passed: problems.length === 0,
    problems,
    intentCorrect,
    wrongConfident: intentCorrect === false && !outOfScope,
    groundedCorrect,
    handoffCorrect,
    noneViolated,
  };
}

/** The figures of docs/bot-dialogues.md over every played dialogue. */
export function scoreDialogues(played: readonly PlayedDialogue[]): DialogueReport {
  const byLocale = new Map<string, Counter>();
  const byTopic = new Map<string, Counter>();
  const dialogues = new Counter();
  const turns = new Counter();
  const intents = new Counter();
  const wrongConfident = new Counter();
  const grounded = new Counter();
  const handoffs = new Counter();
  const noneViolations = new Counter();
  const failures: FailedTurn[] = [];

  for (const { dialogue, replies } of played) {
    if (replies.length !== dialogue.turns.length) throw new Error(`${dialogue.id}: ${replies.length} replies for ${dialogue.turns.length} turns`);
    let allPassed = true;
    dialogue.turns.forEach((turn, i) => {
      const verdict = checkTurn(turn.expect, replies[i]);
      turns.add(verdict.passed);
      if (verdict.intentCorrect !== undefined) {
        intents.add(verdict.intentCorrect);
        wrongConfident.add(verdict.wrongConfident);
      }
      if (verdict.groundedCorrect !== undefined) grounded.add(verdict.groundedCorrect);
      if (verdict.handoffCorrect !== undefined) handoffs.add(verdict.handoffCorrect);
      if (verdict.noneViolated !== undefined) noneViolations.add(verdict.noneViolated);
      if (!verdict.passed) {
        allPassed = false;
        failures.push({ dialogueId: dialogue.id, turn: i + 1, say: turn.say, reply: replies[i], problems: verdict.problems });
      }
    });
    dialogues.add(allPassed);
    counterFor(byLocale, dialogue.locale).add(allPassed);
    counterFor(byTopic, dialogueTopic(dialogue.id)).add(allPassed);
  }

  return {
    dialoguesPassed: dialogues.fraction(),
    dialoguesPassedByLocale: fractions(byLocale),
    dialoguesPassedByTopic: fractions(byTopic),
    turnsPassed: turns.fraction(),
    intentAccuracy: intents.fraction(),
    wrongConfidentAnswers: wrongConfident.fraction(),
    groundedFactAccuracy: grounded.fraction(),
    handoffAccuracy: handoffs.fraction(),
    noneViolations: noneViolations.fraction(),
    failures,
  };
}

class Counter {
  private count = 0;
  private of = 0;

  add(hit: boolean): void {
    this.of++;
    if (hit) this.count++;
  }

  fraction(): Fraction {
    return { count: this.count, of: this.of };
  }
}

function counterFor(counters: Map<string, Counter>, key: string): Counter {
  let counter = counters.get(key);
  if (!counter) counters.set(key, (counter = new Counter()));
  return counter;
}

function fractions(counters: Map<string, Counter>): Record<string, Fraction> {
  return Object.fromEntries([...counters.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, counter]) => [key, counter.fraction()]));
}

function quoted(strings: readonly string[]): string {
  return strings.map((s) => JSON.stringify(s)).join(', ');
}
