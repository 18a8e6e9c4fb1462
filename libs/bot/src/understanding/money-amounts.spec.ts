import { findAmounts } from './money-amounts';
import { normalizeText } from './text-normalizer';

const read = (text: string) => findAmounts(normalizeText(text)).map(({ amount, currency }) => [amount, currency]);

describe('findAmounts', () => {
  it.each([
    ['¥1,000', [[100_000, 'CNY']]],
    ['EUR 12.5', [[1250, 'EUR']]],
    ['about 40 bucks', [[4000, 'USD']]],
    ['hk$300', [[30_000, 'HKD']]],
    ['8k', [[800_000, null]]],
    ['2.5万块', [[2_500_000, 'CNY']]],
    ['七千', [[700_000, null]]],
    ['四千二', [[420_000, null]]],
    ['九十块钱', [[9000, 'CNY']]],
    ['三千多', [[300_000, null]]],
    ['paid 2000 in 2025', [[200_000, null]]],
  ])('%s → %p', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'back in 2024',
    'on 2025-03-09',
    '3月8日',
    'around 9:45 pm',
    'at 11am',
    '下午3点半',
    '5% cashback',
    '第三笔',
    'the 2nd payment',
    'tier 3',
    'step 4',
    '#4',
    'set up 2fa',
    'waited 4 days',
    '试了两次',
    '一直不行',
    '十分钟',
    'card 6222021234567890',
  ])('finds no money in %p', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the words each amount was read from and where', () => {
    expect(findAmounts('paid 50k to them')).toEqual([{ amount: 5_000_000, currency: null, text: '50k', index: 5 }]);
  });
});
