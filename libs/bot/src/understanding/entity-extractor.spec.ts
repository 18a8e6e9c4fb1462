import { extractEntities } from './entity-extractor';

describe('extractEntities', () => {
  it('finds transaction ids, amounts with currency, dates and phone numbers', () => {
    const entities = extractEntities('TX-8F3K2 on 2026-11-20: paid ¥1,200.50 and 30 USD, call 138 0013 8000', '2026-11-22');
    expect(entities.transactionIds).toEqual(['TX-8F3K2']);
    expect(entities.amounts.map(({ amount, currency }) => ({ amount, currency }))).toEqual([
      { amount: 120050, currency: 'CNY' },
      { amount: 3000, currency: 'USD' },
    ]);
    expect(entities.dates).toEqual(['2026-11-20']);
    expect(entities.phoneNumbers).toEqual(['+8613800138000']);
  });

  it('reads Chinese amounts and relative dates', () => {
    const entities = extractEntities('昨天付了800块，11月3日充值2,000元', '2026-11-22');
    expect(entities.amounts.map((a) => a.amount)).toEqual([80000, 200000]);
    expect([...entities.dates].sort()).toEqual(['2026-11-03', '2026-11-21']);
  });

  it("gives a date without a year the year of the caller's today, never the system clock's", () => {
    expect(extractEntities('11月3日充值', '2031-05-01').dates).toEqual(['2031-11-03']);
    expect(extractEntities('2029年11月3日充值', '2031-05-01').dates).toEqual(['2029-11-03']);
    // Without a today there is no year to give it: not a date, rather than the machine's year.
    expect(extractEntities('11月3日充值').dates).toEqual([]);
    expect(extractEntities('2029年11月3日充值').dates).toEqual(['2029-11-03']);
  });

  it('finds nothing in a message without any', () => {
    expect(extractEntities('hello there')).toEqual({ transactionIds: [], amounts: [], dates: [], phoneNumbers: [] });
  });
});
