import { MatchableTransaction, matchTransactions } from './transaction-matcher';

const tx = (over: Partial<MatchableTransaction> & { id: string }): MatchableTransaction => ({
  reference: `TX-${over.id.toUpperCase()}000`,
  type: 'payment',
  status: 'succeeded',
  failureCode: null,
  amount: 10_000,
  names: [],
  category: null,
  day: '2026-12-04',
  ...over,
});

const history = [
  tx({ id: 'coffee', amount: 80_000, status: 'failed', failureCode: 'limit_exceeded', names: ['蓝港咖啡 Blue Harbor Coffee'], category: 'food_and_drink' }),
  tx({ id: 'cinema', amount: 6_000, status: 'failed', failureCode: 'merchant_unavailable', names: ['老城影院 Old Town Cinema'], category: 'entertainment' }),
  tx({ id: 'grocery', amount: 29_900, names: ['翡翠超市 Jade Mart'], category: 'groceries', day: '2026-12-03' }),
  tx({ id: 'topup', type: 'topup', amount: 30_000 }),
];
const hint = (over: object = {}) => ({ transactionIds: [], nameWords: [], dates: [], ...over });

describe('matchTransactions', () => {
  it('finds the one named by amount, not the latest', () => {
    expect(matchTransactions(history, hint(), [{ amount: 80_000, currency: null, text: '800' }]).map((t) => t.id)).toEqual(['coffee']);
  });

  it('finds by merchant name or by the kind of shop', () => {
    expect(matchTransactions(history, hint({ nameWords: ['cinema'] }), []).map((t) => t.id)).toEqual(['cinema']);
    expect(matchTransactions(history, hint({ nameWords: ['超市'] }), []).map((t) => t.id)).toEqual(['grocery']);
    expect(matchTransactions(history, hint({ nameWords: ['movie'] }), []).map((t) => t.id)).toEqual(['cinema']);
  });

  it('finds by the failure the customer names, and by reference', () => {
    expect(matchTransactions(history, hint({ failure: 'limit' }), []).map((t) => t.id)).toEqual(['coffee']);
    expect(matchTransactions(history, hint({ transactionIds: ['TX-GROCERY000'] }), []).map((t) => t.id)).toEqual(['grocery']);
  });

  it('returns every one that fits equally, so the bot can ask which', () => {
    expect(matchTransactions(history, hint({ status: 'failed' , type: 'payment', failure: undefined, nameWords: [] , dates: ['2026-12-04'] }), []).map((t) => t.id).sort()).toEqual(['cinema', 'coffee']);
  });

  it('finds nothing when a detail contradicts, or nothing was named', () => {
    expect(matchTransactions(history, hint({ nameWords: ['cinema'] }), [{ amount: 29_900, currency: null, text: '299' }])).toEqual([]);
    expect(matchTransactions(history, hint(), [])).toEqual([]);
  });
});
