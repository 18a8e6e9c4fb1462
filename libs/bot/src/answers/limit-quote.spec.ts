import { KYC_LIMITS } from '@okpay/wallet-core';
import { limitQuoteFor, tierNamedIn } from './limit-quote';
import { money } from './locale-format';

describe('limitQuoteFor', () => {
  it('quotes only the tier, kind and figure asked, from wallet-core', () => {
    const quote = limitQuoteFor({ tier: 'basic', kind: 'payment', period: 'daily' }, 'en')!;
    expect(quote).toContain(money(KYC_LIMITS.basic.payment.daily, 'en'));
    expect(quote).not.toContain(money(KYC_LIMITS.full.payment.daily, 'en'));
    expect(quote).not.toContain(money(KYC_LIMITS.basic.payment.single, 'en'));
    expect(quote.split('\n')).toHaveLength(2);
  });

  it('lists every tier for a kind when no tier is named', () => {
    const quote = limitQuoteFor({ kind: 'transfer', period: 'single' }, 'zh-CN')!;
    for (const tier of ['unverified', 'basic', 'full'] as const) expect(quote).toContain(money(KYC_LIMITS[tier].transfer.single, 'zh-CN'));
    expect(quote).toContain('转账');
  });

  it('has nothing to quote when the question names no tier, kind or period', () => {
    expect(limitQuoteFor({}, 'en')).toBeNull();
  });
});

describe('tierNamedIn', () => {
  it.each([
    ['after basic verification how much can i pay', 'basic'],
    ['高级认证每天能转多少', 'full'],
    ['没认证能付多少', 'unverified'],
    ['how much can i pay per day', undefined],
  ])('%s → %s', (text, tier) => expect(tierNamedIn(text)).toBe(tier));
});
