import { isAnswer, turnOutcome } from './bot-outcome';

describe('bot conversation outcome of a turn', () => {
  const answer = { text: 'how much is a transfer', intent: 'fees', awaitsCustomer: false } as const;

  it('a handoff hands off, whatever was said', () => {
    expect(turnOutcome({ ...answer, handedOffTo: 'chat_queue' }, false)).toEqual({ outcome: 'handed_off', handedOffTo: 'chat_queue' });
    expect(turnOutcome({ text: 'thanks', intent: 'thanks', awaitsCustomer: false, handedOffTo: 'callback' }, true)).toEqual({ outcome: 'handed_off', handedOffTo: 'callback' });
  });

  it.each(['thanks, that solved it', '谢谢', 'bye', '好的谢谢，问题解决了'])('"%s" after an answer confirms it', (text) => {
    expect(turnOutcome({ text, intent: text === 'bye' ? 'goodbye' : 'thanks', awaitsCustomer: false }, true)).toEqual({ outcome: 'resolved', resolution: 'confirmed' });
  });

  it.each(["thanks but that didn't help", 'thanks, still not working', '谢谢，但是没解决', '谢谢 还是不行'])('"%s" is polite but not resolved', (text) => {
    expect(turnOutcome({ text, intent: 'thanks', awaitsCustomer: false }, true)).toBeNull();
  });

  it('thanks without an answer before, or another question, change nothing', () => {
    expect(turnOutcome({ text: 'thanks', intent: 'thanks', awaitsCustomer: false }, false)).toBeNull();
    expect(turnOutcome(answer, true)).toBeNull();
  });

  it('an answer is a reply to a real question that asks nothing back', () => {
    expect(isAnswer(answer)).toBe(true);
    expect(isAnswer({ ...answer, awaitsCustomer: true })).toBe(false);
    expect(isAnswer({ ...answer, handedOffTo: 'ticket' })).toBe(false);
    expect(isAnswer({ text: 'hi', intent: 'greeting', awaitsCustomer: false })).toBe(false);
  });
});
