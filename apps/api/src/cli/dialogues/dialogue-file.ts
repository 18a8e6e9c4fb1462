import { IntentId, isIntentId } from '@okpay/contracts';

/** What one turn's reply must show; a key that is absent is not checked (docs/bot-dialogues.md). */
export interface TurnExpectation {
  /** The reply's intent is this one, or one of these. */
  readonly intent?: readonly IntentId[];
  /** `true`: the intent is `out_of_scope`; `false`: it is not. */
  readonly oos?: boolean;
  /** Whether this turn's reply hands the conversation to people. */
  readonly handoff?: boolean;
  /** At least one appears in the reply's text or its quick-reply labels. */
  readonly any?: readonly string[];
  /** Every one appears in the reply's text. */
  readonly all?: readonly string[];
  /** None appears in the reply's text or its quick-reply labels. */
  readonly none?: readonly string[];
}

export interface DialogueTurn {
  readonly say: string;
  readonly expect: TurnExpectation;
}

export interface Dialogue {
  /** `<set>-<topic>-<locale>-<n>`. */
  readonly id: string;
  readonly locale: 'zh-CN' | 'en';
  /** `visitor`, or the email of the demo customer who signs in. */
  readonly as: string;
  readonly turns: readonly DialogueTurn[];
}

export const VISITOR = 'visitor';

const EXPECTATION_KEYS = new Set(['intent', 'oos', 'handoff', 'any', 'all', 'none']);

/** The topic a dialogue is reported under: the second part of its id. */
export function dialogueTopic(id: string): string {
  return id.split('-')[1] ?? id;
}

/**
 * Parses a dialogue file (JSON Lines, one dialogue a line). A malformed line stops the run with its
 * line number: a check that is silently skipped (a misspelt key) would flatter the figures.
 */
export function parseDialogueFile(content: string): Dialogue[] {
  const dialogues: Dialogue[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not JSON`);
    }
    const dialogue = parseDialogue(row, where);
    if (ids.has(dialogue.id)) throw new Error(`${where}: id "${dialogue.id}" appears twice`);
    ids.add(dialogue.id);
    dialogues.push(dialogue);
  });
  return dialogues;
}

function parseDialogue(row: unknown, where: string): Dialogue {
  if (!isObject(row)) throw new Error(`${where}: expected a JSON object`);
  const { id, locale, as, turns } = row;
  if (typeof id !== 'string' || id === '') throw new Error(`${where}: needs a string "id"`);
  if (locale !== 'zh-CN' && locale !== 'en') throw new Error(`${where}: "locale" must be zh-CN or en`);
  if (typeof as !== 'string' || as === '') throw new Error(`${where}: "as" must be "visitor" or a customer's email`);
  if (!Array.isArray(turns) || turns.length === 0) throw new Error(`${where}: needs a non-empty "turns" list`);
  return { id, locale, as, turns: turns.map((turn, i) => parseTurn(turn, `${where} (${id}) turn ${i + 1}`)) };
}

function parseTurn(turn: unknown, where: string): DialogueTurn {
  if (!isObject(turn) || typeof turn.say !== 'string' || turn.say.trim() === '') throw new Error(`${where}: needs a non-empty string "say"`);
  const expect = turn.expect ?? {};
  if (!isObject(expect)) throw new Error(`${where}: "expect" must be an object`);
  const unknown = Object.keys(expect).filter((key) => !EXPECTATION_KEYS.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown expectation ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return {
    say: turn.say,
    expect: {
      intent: expect.intent === undefined ? undefined : intents(expect.intent, where),
      oos: optionalBoolean(expect.oos, 'oos', where),
      handoff: optionalBoolean(expect.handoff, 'handoff', where),
      any: optionalStrings(expect.any, 'any', where),
      all: optionalStrings(expect.all, 'all', where),
      none: optionalStrings(expect.none, 'none', where),
    },
  };
}

function intents(value: unknown, where: string): IntentId[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every(isIntentId)) throw new Error(`${where}: "intent" must be an intent id or a non-empty list of them`);
  return list;
}

function optionalBoolean(value: unknown, key: string, where: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') throw new Error(`${where}: "${key}" must be true or false`);
  return value;
}

function optionalStrings(value: unknown, key: string, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every((s) => typeof s === 'string' && s.trim() !== '')) {
    throw new Error(`${where}: "${key}" must be a non-empty list of non-empty strings`);
  }
  return value as string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
