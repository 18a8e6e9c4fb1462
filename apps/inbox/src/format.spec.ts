import { formatDue } from './format';

describe('formatDue', () => {
  const now = Date.parse('2027-01-04T02:00:00Z');

  it('counts down to a due time', () => {
    expect(formatDue('2027-01-04T04:05:00Z', now)).toEqual({ text: 'in 2h 05m', overdue: false });
  });

  it('says how long a clock is overdue', () => {
    expect(formatDue('2027-01-04T01:57:00Z', now)).toEqual({ text: '3m overdue', overdue: true });
  });
});
