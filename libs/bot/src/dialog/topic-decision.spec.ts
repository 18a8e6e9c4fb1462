import { IntentId } from '@okpay/contracts';
import { IntentPrediction } from '../understanding/intent-classifier';
import { slotsOf } from './dialogue-test-slots';
import { decideTopic as decide, TopicEvidence } from './topic-decision';

const decideTopic = (evidence: Omit<TopicEvidence, 'text' | 'answers'> & Partial<TopicEvidence>) =>
  decide({ text: '', answers: () => false, ...evidence });

function predicted(intent: IntentId, confidence: number, ranked: IntentId[] = intent === 'out_of_scope' ? [] : [intent]): IntentPrediction {
  return { intent, confidence, ranked: ranked.map((i, n) => ({ intent: i, probability: n === 0 ? confidence : confidence / 4 })) };
}

describe('decideTopic', () => {
  it('keeps the topic when the message only changes a detail', () => {
    const decision = decideTopic({
      alone: predicted('goodbye', 0.85),
      inContext: predicted('fees', 0.9),
      residual: null,
      slots: slotsOf({ amounts: [{ amount: 500_000, currency: null, text: '5000' }], followUpMarker: true }),
      topic: 'fees',
    });
    expect(decision).toEqual({ intent: 'fees', confidence: 0.9, carried: true });
  });

  it('keeps the topic for an aspect question whose words name no topic, however sure the classifier is alone', () => {
    const decision = decideTopic({
      alone: predicted('transaction_pending', 0.95),
      inContext: predicted('refund', 0.7),
      residual: null,
      slots: slotsOf({ aspects: ['duration'] }),
      topic: 'refund',
      answers: (_intent, aspect) => aspect === 'duration',
    });
    expect(decision.intent).toBe('refund');
    expect(decision.carried).toBe(true);
  });

  it('lets a clear new topic win over the thread', () => {
    const decision = decideTopic({
      alone: predicted('balance_history', 0.9),
      inContext: predicted('payment_failed', 0.6),
      residual: predicted('balance_history', 0.85),
      slots: slotsOf({ followUpMarker: true, residual: 'balance' }),
      topic: 'payment_failed',
    });
    expect(decision).toEqual({ intent: 'balance_history', confidence: 0.9, carried: false });
  });

  it('does not carry small talk that says nothing else', () => {
    const decision = decideTopic({ alone: predicted('thanks', 0.97), inContext: predicted('fees', 0.5), residual: null, slots: slotsOf(), topic: 'fees' });
    expect(decision).toEqual({ intent: 'thanks', confidence: 0.97, carried: false });
  });

  it('turns a price follow-up on a top-up topic into a fee question', () => {
    const decision = decideTopic({
      alone: predicted('out_of_scope', 0.8),
      inContext: predicted('topup_methods', 0.7),
      residual: null,
      slots: slotsOf({ aspects: ['cost'] }),
      topic: 'topup_methods',
    });
    expect(decision.intent).toBe('fees');
  });

  it('reads a message with leftover words in context when alone it is unsure', () => {
    const decision = decideTopic({
      alone: predicted('transaction_pending', 0.59),
      inContext: predicted('identity_verification', 0.8),
      residual: predicted('out_of_scope', 0.4),
      slots: slotsOf({ aspects: ['duration'], residual: 'review' }),
      topic: 'identity_verification',
    });
    expect(decision).toEqual({ intent: 'identity_verification', confidence: 0.8, carried: true });
  });

  it('answers on its own when there is no topic yet, or the message is about another provider', () => {
    const alone = predicted('fees', 0.9);
    expect(decideTopic({ alone, inContext: null, residual: null, slots: slotsOf({ aspects: ['cost'] }), topic: null }).carried).toBe(false);
    const other: IntentPrediction = { ...predicted('out_of_scope', 0.9, ['fees']), otherProvider: { id: 'alipay', kind: 'wallet', names: { en: 'Alipay', 'zh-CN': '支付宝' } } };
    expect(decideTopic({ alone: other, inContext: predicted('fees', 0.9), residual: null, slots: slotsOf({ followUpMarker: true }), topic: 'fees' }).intent).toBe('out_of_scope');
  });

  it('follows the sub-question to the topic whose article answers it', () => {
    const sections: Record<string, string[]> = { topup_methods: ['minimum', 'cost'], topup_failed: ['retry'], fees: ['cost'], transaction_pending: ['duration'] };
    const answers = (intent: IntentId, aspect: string) => (sections[intent] ?? []).includes(aspect);
    // "What's the least I can top up?" after top-up methods, although alone it looks like a failed top-up.
    const minimum = decideTopic({ alone: predicted('topup_failed', 0.99), inContext: predicted('topup_failed', 0.9), residual: null, slots: slotsOf({ aspects: ['minimum'] }), topic: 'topup_methods', answers });
    expect(minimum).toMatchObject({ intent: 'topup_methods', carried: true });
    // "When will the transfer arrive?" after a fee question: the fee article cannot say, the pending one can.
    const arrival = decideTopic({ alone: predicted('transaction_pending', 0.7), inContext: predicted('fees', 0.8), residual: null, slots: slotsOf({ aspects: ['duration'], followUpMarker: true }), topic: 'fees', answers });
    expect(arrival).toMatchObject({ intent: 'transaction_pending', carried: false });
  });

  it('takes the price of a named operation as a fee question, and asking to stop something as a cancellation', () => {
    const price = decideTopic({ alone: predicted('topup_failed', 0.65, ['topup_failed', 'fees']), inContext: null, residual: null, slots: slotsOf({ aspects: ['cost'], transferKind: 'card_top_up', amounts: [{ amount: 200_000, currency: null, text: '2000' }] }), topic: null });
    expect(price.intent).toBe('fees');
    const stop = decideTopic({ alone: predicted('topup_methods', 0.47, ['topup_methods', 'cancel_transaction']), inContext: null, residual: null, slots: slotsOf(), topic: null, text: '500的银行转账充值 我不想充了 能取消吗' });
    expect(stop.intent).toBe('cancel_transaction');
    const unrelated = decideTopic({ alone: predicted('topup_methods', 0.47, ['topup_methods', 'fees']), inContext: null, residual: null, slots: slotsOf(), topic: null, text: 'cancel my card' });
    expect(unrelated.intent).toBe('topup_methods');
  });
});
