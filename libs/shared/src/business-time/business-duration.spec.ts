import { BusinessCalendar } from './business-calendar';
import { BusinessCalendarDefinition, DayHoursDefinition } from './business-calendar-definition';
import { parseBusinessCalendar } from './calendar-validation';
import { DEMO_SUPPORT_CALENDAR } from './demo-support-calendar';

function calendarOf(definition: BusinessCalendarDefinition): BusinessCalendar {
  const result = parseBusinessCalendar(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.calendar;
}
const OFFICE: DayHoursDefinition = [{ start: '09:00', end: '18:00' }];
/** Mon–Fri 09:00–18:00 in Shanghai, no holidays. */
const office = calendarOf({
  timeZone: 'Asia/Shanghai',
  weekly: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
});
const demo = calendarOf(DEMO_SUPPORT_CALENDAR);
/** A wall time in Shanghai (UTC+8 all year). */
const cst = (local: string): Date => new Date(`${local}+08:00`);
const HOUR = 3_600_000;
const pause = (from: string, to: string) => ({ start: cst(from), end: cst(to) });

describe('addBusinessDuration', () => {
  it('4 business hours after Friday 17:30 is Monday 12:30 (30 min Friday + 3.5 h Monday)', () => {
    expect(office.addBusinessDuration(cst('2027-01-08T17:30'), 4 * HOUR)).toEqual(cst('2027-01-11T12:30'));
  });

  it('skips the demo calendar’s New Year holiday and weekend: 2026-12-31 17:00 + 2 h is 2027-01-04 10:00', () => {
    expect(demo.addBusinessDuration(cst('2026-12-31T17:00'), 2 * HOUR)).toEqual(cst('2027-01-04T10:00'));
  });

  it('answers the earliest instant the time has run: at the close, not at the next opening', () => {
    expect(office.addBusinessDuration(cst('2027-01-08T17:30'), 0.5 * HOUR)).toEqual(cst('2027-01-08T18:00'));
  });

  it('starts counting at the next opening when started while closed', () => {
    expect(office.addBusinessDuration(cst('2027-01-09T10:00'), HOUR)).toEqual(cst('2027-01-11T10:00'));
  });

  it('adds nothing for a zero duration, even while closed', () => {
    expect(office.addBusinessDuration(cst('2027-01-09T10:00'), 0)).toEqual(cst('2027-01-09T10:00'));
  });

  it('stops the clock during pauses, counting overlapping pauses once', () => {
    const pending = [pause('2027-01-11T10:00', '2027-01-11T11:00'), pause('2027-01-11T10:30', '2027-01-11T11:30')];
    expect(office.addBusinessDuration(cst('2027-01-08T17:30'), 4 * HOUR, pending)).toEqual(cst('2027-01-11T14:00'));
  });

  it('ignores pauses while closed anyway, and pauses given out of order', () => {
    const pending = [pause('2027-01-11T11:00', '2027-01-11T12:00'), pause('2027-01-09T00:00', '2027-01-10T00:00')];
    expect(office.addBusinessDuration(cst('2027-01-08T17:30'), 4 * HOUR, pending)).toEqual(cst('2027-01-11T13:30'));
  });

  it('answers null when the calendar runs out of open time', () => {
    const never = calendarOf({ timeZone: 'Asia/Shanghai', weekly: {} });
    expect(never.addBusinessDuration(cst('2027-01-08T17:30'), HOUR)).toBeNull();
  });

  it('refuses a negative or non-finite duration and an invalid start', () => {
    expect(() => office.addBusinessDuration(cst('2027-01-08T17:30'), -1)).toThrow(RangeError);
    expect(() => office.addBusinessDuration(cst('2027-01-08T17:30'), Number.NaN)).toThrow(RangeError);
    expect(() => office.addBusinessDuration(new Date('not a date'), HOUR)).toThrow(RangeError);
  });
});

describe('businessDurationBetween', () => {
  it('counts open time only', () => {
    expect(office.businessDurationBetween(cst('2027-01-08T17:30'), cst('2027-01-11T12:30'))).toBe(4 * HOUR);
    expect(demo.businessDurationBetween(cst('2026-12-31T00:00'), cst('2027-01-05T00:00'))).toBe(18 * HOUR);
    expect(office.businessDurationBetween(cst('2027-01-08T12:00'), cst('2027-01-08T12:00'))).toBe(0);
  });

  it('does not count pauses', () => {
    const pending = [pause('2027-01-11T10:00', '2027-01-11T11:00'), pause('2027-01-09T00:00', '2027-01-10T00:00')];
    expect(office.businessDurationBetween(cst('2027-01-08T17:30'), cst('2027-01-11T12:30'), pending)).toBe(3 * HOUR);
  });

  it('refuses a range that ends before it starts, and a pause that does', () => {
    expect(() => office.businessDurationBetween(cst('2027-01-08T12:00'), cst('2027-01-08T11:00'))).toThrow(RangeError);
    expect(() =>
      office.businessDurationBetween(cst('2027-01-08T09:00'), cst('2027-01-08T12:00'), [
        pause('2027-01-08T11:00', '2027-01-08T10:00'),
      ]),
    ).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('answers the end of the n-th business day after the day of start (refunds within 3 business days)', () => {
    // Thursday 2026-12-31: Friday is New Year's Day, then the weekend; Mon 4, Tue 5, Wed 6.
    expect(demo.addBusinessDays(cst('2026-12-31T10:00'), 3)).toEqual(cst('2027-01-06T18:00'));
    expect(demo.addBusinessDays(cst('2026-12-31T10:00'), 5)).toEqual(cst('2027-01-08T18:00'));
  });

  it('never counts the day of start, before opening or after closing alike', () => {
    expect(demo.addBusinessDays(cst('2027-01-11T08:00'), 1)).toEqual(cst('2027-01-12T18:00'));
    expect(demo.addBusinessDays(cst('2027-01-08T20:00'), 1)).toEqual(cst('2027-01-11T18:00'));
    expect(demo.addBusinessDays(cst('2027-01-10T12:00'), 1)).toEqual(cst('2027-01-11T18:00'));
  });

  it('ends a business day whose shift runs overnight on the next morning', () => {
    const fridayNights = calendarOf({ timeZone: 'Asia/Shanghai', weekly: { fri: [{ start: '22:00', end: '06:00' }] } });
    expect(fridayNights.addBusinessDays(cst('2027-01-11T12:00'), 1)).toEqual(cst('2027-01-16T06:00'));
  });

  it('does not count a day wholly taken by a closed span', () => {
    const withMaintenance = calendarOf({
      ...DEMO_SUPPORT_CALENDAR,
      overrides: [{ kind: 'closed_span', start: '2027-01-11T00:00+08:00', end: '2027-01-12T00:00+08:00' }],
    });
    expect(withMaintenance.addBusinessDays(cst('2027-01-08T12:00'), 1)).toEqual(cst('2027-01-12T18:00'));
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => demo.addBusinessDays(cst('2027-01-08T12:00'), 0)).toThrow(RangeError);
    expect(() => demo.addBusinessDays(cst('2027-01-08T12:00'), 1.5)).toThrow(RangeError);
  });
});
