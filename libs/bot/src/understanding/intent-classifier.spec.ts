import { IntentClassifier, LabelledUtterance } from './intent-classifier';

const utterances = (intent: LabelledUtterance['intent'], texts: string[]): LabelledUtterance[] => texts.map((text) => ({ text, locale: 'en', intent }));

describe('IntentClassifier', () => {
  // A small, separable world: the model must learn it, reject what is outside it, and round-trip.
  const examples = [
    ...utterances('refund', ['I want a refund', 'refund my order', 'give me my money back', 'how do I get a refund', 'refund status please', 'request a refund for a payment', 'money back for my purchase', 'refund not received yet']),
    ...utterances('login_issue', ['I cannot log in', 'forgot my password', 'reset my password', 'login keeps failing', 'locked out of my account', 'cannot sign in on my new phone', 'password not accepted', 'login code never arrives']),
    ...utterances('fees', ['what fees do you charge', 'how much is the transfer fee', 'why was I charged a fee', 'fee for card top up', 'is there a fee', 'cost of sending money', 'what does a transfer cost', 'charges for withdrawals']),
  ];
  const outOfScope = utterances('out_of_scope', ['what is the weather tomorrow', 'tell me a joke', 'best pizza recipe', 'who won the football match', 'capital of france', 'translate hello to german', 'recommend a movie', 'how tall is everest']);
  const classifier = IntentClassifier.train(examples, outOfScope, { folds: 4, softmax: { epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 7 } });

  it('recognises paraphrases of what it learned', () => {
    expect(classifier.classify('please refund my purchase').intent).toBe('refund');
    expect(classifier.classify('i forgot the password to log in').intent).toBe('login_issue');
    expect(classifier.classify('how much is the fee').intent).toBe('fees');
  });

  it('rejects what is out of scope, with a threshold chosen on data', () => {
    expect(classifier.classify('what is the weather like in paris').intent).toBe('out_of_scope');
    expect(classifier.classify('!!!???').intent).toBe('out_of_scope');
    expect(classifier.calibration.thresholds.latin).toBeGreaterThan(0);
  });

  it('gives probabilities that rank intents and sum to at most one', () => {
    const { ranked, confidence } = classifier.classify('refund please');
    expect(ranked[0].intent).toBe('refund');
    expect(ranked.reduce((sum, r) => sum + r.probability, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('predicts exactly the same after a snapshot round trip', () => {
    const copy = IntentClassifier.fromSnapshot(JSON.parse(JSON.stringify(classifier.toSnapshot())));
    for (const text of ['refund please', 'cannot log in', 'tell me a joke']) {
      expect(copy.classify(text).intent).toBe(classifier.classify(text).intent);
      expect(copy.classify(text).confidence).toBeCloseTo(classifier.classify(text).confidence, 4);
    }
  });
});
