import { parseDialogueFile } from './dialogue-file';

describe('dialogue file', () => {
  const line = (dialogue: object) => JSON.stringify({ id: 'unit-x-en-1', locale: 'en', as: 'visitor', turns: [{ say: 'hi', expect: {} }], ...dialogue });

  it('reads intents as lists and skips blank lines', () => {
    const [dialogue] = parseDialogueFile(`\n${line({ turns: [{ say: 'hi', expect: { intent: 'greeting' } }] })}\n\n`);
    expect(dialogue.turns[0].expect.intent).toEqual(['greeting']);
  });

  it.each([
    ['not JSON', '{', /line 1: not JSON/],
    ['a misspelt key', line({ turns: [{ say: 'hi', expect: { intnet: 'greeting' } }] }), /turn 1: unknown expectation "intnet"/],
    ['an unknown intent', line({ turns: [{ say: 'hi', expect: { intent: 'weather' } }] }), /"intent" must be an intent id/],
    ['another locale', line({ locale: 'fr' }), /"locale" must be zh-CN or en/],
    ['no turns', line({ turns: [] }), /non-empty "turns"/],
    ['"any" as a string', line({ turns: [{ say: 'hi', expect: { any: '¥1' } }] }), /"any" must be a non-empty list/],
    ['an id twice', `${line({})}\n${line({})}`, /line 2: id "unit-x-en-1" appears twice/],
  ])('stops on %s, naming the line', (_what, content, message) => {
    expect(() => parseDialogueFile(content)).toThrow(message);
  });
});
