import { slotsOf } from './dialogue-test-slots';
import { readAwaitedReply } from './awaited-reply';
import { AwaitedAnswer } from './dialogue-state';

const labels = { labelOf: (intent: string) => ({ topup_failed: 'A top-up failed', transaction_pending: 'Payment still pending' })[intent] };
const pick: AwaitedAnswer = {
  kind: 'pick_transaction',
  purpose: 'refund',
  intent: 'refund',
  key: 'k',
  options: [
    { transactionId: 'a', label: 'payment of CNY 120.50 to 蓝港咖啡 Blue Harbor Coffee (TX-AAAA1111)' },
    { transactionId: 'b', label: 'payment of CNY 299.00 to 翡翠超市 Jade Mart (TX-BBBB2222)' },
  ],
};

describe('readAwaitedReply', () => {
  it('picks by number, by ordinal and the last one', () => {
    expect(readAwaitedReply(pick, slotsOf({ choice: { index: 2 } }), '2', labels)).toEqual({ kind: 'transaction', option: pick.options[1] });
    expect(readAwaitedReply(pick, slotsOf({ choice: { last: true } }), 'the last one', labels)).toEqual({ kind: 'transaction', option: pick.options[1] });
    expect(readAwaitedReply(pick, slotsOf({ choice: { index: 3 } }), '3', labels)).toBeNull();
  });

  it('picks by words of the label, by amount and by reference', () => {
    const byWord = slotsOf({ transaction: { transactionIds: [], nameWords: ['coffee'], dates: [] } });
    expect(readAwaitedReply(pick, byWord, 'the coffee one', labels)).toEqual({ kind: 'transaction', option: pick.options[0] });
    expect(readAwaitedReply(pick, slotsOf(), '超市那个', labels)).toEqual({ kind: 'transaction', option: pick.options[1] });
    const byAmount = slotsOf({ amounts: [{ amount: 29_900, currency: null, text: '299' }] });
    expect(readAwaitedReply(pick, byAmount, '299', labels)).toEqual({ kind: 'transaction', option: pick.options[1] });
    const byId = slotsOf({ transaction: { transactionIds: ['TX-AAAA1111'], nameWords: [], dates: [] } });
    expect(readAwaitedReply(pick, byId, 'TX-AAAA1111', labels)).toEqual({ kind: 'transaction', option: pick.options[0] });
  });

  it('takes yes as the pick only when there is one option, and no as declining', () => {
    expect(readAwaitedReply(pick, slotsOf({ answer: 'yes' }), 'yes', labels)).toBeNull();
    const one: AwaitedAnswer = { ...pick, options: [pick.options[0]] };
    expect(readAwaitedReply(one, slotsOf({ answer: 'yes' }), '好的', labels)).toEqual({ kind: 'transaction', option: pick.options[0] });
    expect(readAwaitedReply(one, slotsOf({ answer: 'no' }), '不用了', labels)).toEqual({ kind: 'declined' });
  });

  it('reads a clarifying answer by number or by the words of an option', () => {
    const clarify: AwaitedAnswer = { kind: 'clarify', options: ['topup_failed', 'transaction_pending'] };
    expect(readAwaitedReply(clarify, slotsOf({ choice: { index: 2 } }), '第二个', labels)).toEqual({ kind: 'intent', intent: 'transaction_pending' });
    const words = slotsOf({ transaction: { transactionIds: [], nameWords: ['pending'], dates: [] } });
    expect(readAwaitedReply(clarify, words, 'the pending one', labels)).toEqual({ kind: 'intent', intent: 'transaction_pending' });
  });

  it('reads a phone number, a yes without one, and a no for a callback', () => {
    const callback: AwaitedAnswer = { kind: 'callback_phone' };
    expect(readAwaitedReply(callback, slotsOf({ answer: 'yes', phoneNumbers: ['+447700900123'] }), 'yes +44 7700 900123', labels)).toEqual({ kind: 'phone', phone: '+447700900123' });
    expect(readAwaitedReply(callback, slotsOf({ answer: 'yes' }), 'yes', labels)).toEqual({ kind: 'phone_missing' });
    expect(readAwaitedReply(callback, slotsOf({ answer: 'no' }), 'no thanks', labels)).toEqual({ kind: 'declined' });
    expect(readAwaitedReply(callback, slotsOf({ aspects: ['cost'] }), 'how much are fees', labels)).toBeNull();
  });
});
