import { addDays, weekdayOf } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-03-14', 0, '2027-03-14'],
    ['2027-01-04', 366, '2028-01-05'],
    ['0050-03-01', -1, '0050-02-28'],
  ])('adds days across months, years and leap days: %s %+d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('2027-01-08')).toBe('fri');
    expect(weekdayOf(addDays('2027-01-08', 3))).toBe('mon');
  });
});
