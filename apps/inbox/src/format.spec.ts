import { formatDue, formatMoney, formatTime } from './format';

describe('formatDue', () => {
  const now = Date.parse('2027-01-04T02:00:00Z');

  it('counts down to a due time', () => {
    expect(formatDue('2027-01-04T04:05:00Z', now, 'en')).toEqual({ text: 'in 2h 05m', overdue: false });
  });

  it('says how long a clock is overdue', () => {
    expect(formatDue('2027-01-04T01:57:00Z', now, 'en')).toEqual({ text: '3m overdue', overdue: true });
  });

  it('speaks Chinese for a Chinese inbox', () => {
    expect(formatDue('2027-01-04T04:05:00Z', now, 'zh-CN')).toEqual({ text: '剩余 2 小时 5 分钟', overdue: false });
  });
});

describe('formatMoney and formatTime', () => {
  it('formats minor units by the currency and the language', () => {
    expect(formatMoney({ amount: 150000, currency: 'CNY' }, 'zh-CN')).toBe('¥1,500.00');
    expect(formatMoney({ amount: 150000, currency: 'CNY' }, 'en')).toBe('CN¥1,500.00');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('writes dates the way each language does', () => {
    expect(formatTime('2027-01-04T02:00:00Z', 'zh-CN')).toMatch(/1月4日/);
    expect(formatTime('2027-01-04T02:00:00Z', 'en')).toMatch(/Jan 4/);
  });
});
