import type { CalendarView } from '@okpay/contracts';
import { formatHours, parseHours, toDefinition, toForm } from './calendar-hours';

describe('calendar hours as the admin console edits them', () => {
  it('reads hours written by hand, and refuses what does not read', () => {
    expect(parseHours('09:00-12:00, 13:00 – 18:00')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ]);
    expect(parseHours('09:00-12:00，13:00-18:00')).toHaveLength(2);
    expect(parseHours('')).toEqual([]);
    expect(parseHours('nine to five')).toBeNull();
    expect(formatHours([{ start: '09:00', end: '18:00' }])).toBe('09:00-18:00');
  });

  it('round-trips a definition, keeping the overrides it does not edit', () => {
    const range = { kind: 'date_range', from: '2027-02-10', to: '2027-02-16', hours: [] };
    const calendar: CalendarView = {
      id: 'c',
      name: 'support',
      version: 1,
      updatedAt: '2027-01-01T00:00:00.000Z',
      definition: { timeZone: 'Asia/Shanghai', weekly: { mon: [{ start: '09:00', end: '18:00' }] }, overrides: [{ kind: 'date', date: '2027-01-01', hours: [] }, range] },
    };
    const form = toForm(calendar);
    expect(form.weekly.mon).toBe('09:00-18:00');
    expect(form.weekly.sun).toBe('');
    expect(form.days).toEqual([{ date: '2027-01-01', hours: '' }]);
    expect(toDefinition(form)).toEqual({ definition: calendar.definition });
    expect(toDefinition({ ...form, weekly: { ...form.weekly, tue: '9 to 5' } })).toEqual({ badField: 'tue' });
  });
});
