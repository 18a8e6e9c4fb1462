import { slotsOf } from './dialogue-test-slots';
import { topicMenuFor } from './topic-menus';

describe('topicMenuFor', () => {
  it('offers the topics a few vague words about something of ours may mean, likeliest first', () => {
    expect(topicMenuFor('card problem', slotsOf(), [{ intent: 'topup_failed', probability: 0.02 }])).toEqual(['topup_failed', 'payment_failed', 'topup_methods']);
    expect(topicMenuFor('转账的事', slotsOf(), [])).toEqual(['transaction_pending', 'fees', 'cancel_transaction', 'cross_border']);
  });

  it('offers a transfer in progress or a top-up for money that has not arrived, however it is worded', () => {
    const slots = slotsOf({ transaction: { transactionIds: [], nameWords: [], dates: [], status: 'pending' }, aspects: ['status'] });
    expect(topicMenuFor('my money still has not shown up in the wallet after all this time', slots, [])).toEqual(['transaction_pending', 'topup_failed']);
  });

  it('offers nothing for a specific question, a long message, or words that are not ours', () => {
    expect(topicMenuFor('充值一般多久到账', slotsOf({ aspects: ['duration'] }), [])).toBeNull();
    // …unless the bot could not place it at all.
    expect(topicMenuFor("where's my money", slotsOf({ aspects: ['status'] }), [], true)).toEqual(['transaction_pending', 'topup_failed', 'balance_history']);
    expect(topicMenuFor('i have a problem with the card my cousin gave me for christmas', slotsOf(), [])).toBeNull();
    expect(topicMenuFor('weather today', slotsOf(), [])).toBeNull();
  });
});
