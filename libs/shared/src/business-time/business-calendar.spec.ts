import { BusinessCalendar } from './business-calendar';
import {
  BusinessCalendarDefinition,
  DayHoursDefinition,
  OverrideDefinition,
  WeeklyHoursDefinition,
} from './business-calendar-definition';
import { parseBusinessCalendar } from './calendar-validation';
import { DEMO_SUPPORT_CALENDAR } from './demo-support-calendar';

function calendarOf(definition: BusinessCalendarDefinition): BusinessCalendar {
  const result = parseBusinessCalendar(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.calendar;
}
const hours = (start: string, end: string): DayHoursDefinition => [{ start, end }];
const inShanghai = (weekly: WeeklyHoursDefinition, ...overrides: OverrideDefinition[]) =>
  calendarOf({ timeZone: 'Asia/Shanghai', weekly, overrides });
const inNewYork = (weekly: WeeklyHoursDefinition, ...overrides: OverrideDefinition[]) =>
  calendarOf({ timeZone: 'America/New_York', weekly, overrides });
/** A wall time in Shanghai (UTC+8 all year). */
const cst = (local: string): Date => new Date(`${local}+08:00`);
const periods = (calendar: BusinessCalendar, from: Date, to: Date): string[] =>
  calendar.openPeriods(from, to).map((p) => `${p.start.toISOString()} – ${p.end.toISOString()}`);
const hoursBetween = (calendar: BusinessCalendar, from: Date, to: Date): number =>
  calendar.businessDurationBetween(from, to) / 3_600_000;

describe('the demo support calendar (Shanghai, Mon–Fri 09:00–18:00, closed 2027-01-01)', () => {
  const demo = calendarOf(DEMO_SUPPORT_CALENDAR);

  it('is open from 09:00 up to, not including, 18:00', () => {
    expect(demo.isOpen(cst('2027-01-08T08:59:59.999'))).toBe(false);
    expect(demo.isOpen(cst('2027-01-08T09:00'))).toBe(true);
    expect(demo.isOpen(cst('2027-01-08T17:59'))).toBe(true);
    expect(demo.isOpen(cst('2027-01-08T18:00'))).toBe(false);
  });

  it('opens next on Monday 09:00 after Friday’s close', () => {
    expect(demo.nextOpen(cst('2027-01-08T18:00'))).toEqual(cst('2027-01-11T09:00'));
    expect(demo.nextOpen(cst('2027-01-09T12:00'))).toEqual(cst('2027-01-11T09:00'));
  });

  it('answers nextOpen with the instant itself when open, and nextClose with the end of today', () => {
    expect(demo.nextOpen(cst('2027-01-08T17:59'))).toEqual(cst('2027-01-08T17:59'));
    expect(demo.nextClose(cst('2027-01-08T17:59'))).toEqual(cst('2027-01-08T18:00'));
    expect(demo.nextClose(cst('2027-01-08T18:00'))).toEqual(cst('2027-01-11T18:00'));
  });

  it('is closed all day on Friday 2027-01-01, and open as usual the day before', () => {
    expect(periods(demo, cst('2027-01-01T00:00'), cst('2027-01-02T00:00'))).toEqual([]);
    expect(demo.isOpen(cst('2027-01-01T10:00'))).toBe(false);
    expect(demo.isOpen(cst('2026-12-31T10:00'))).toBe(true);
    expect(demo.nextOpen(cst('2026-12-31T18:00'))).toEqual(cst('2027-01-04T09:00'));
  });

  it('gives the GET /business-hours/status answer', () => {
    expect(demo.status(cst('2027-01-08T17:59'))).toEqual({
      open: true,
      timeZone: 'Asia/Shanghai',
      closesAt: cst('2027-01-08T18:00'),
    });
    expect(demo.status(cst('2027-01-01T10:00'))).toEqual({
      open: false,
      timeZone: 'Asia/Shanghai',
      opensAt: cst('2027-01-04T09:00'),
    });
  });

  it('lists the open periods of a range, clipped to it', () => {
    expect(periods(demo, cst('2026-12-31T12:00'), cst('2027-01-05T10:00'))).toEqual([
      '2026-12-31T04:00:00.000Z – 2026-12-31T10:00:00.000Z',
      '2027-01-04T01:00:00.000Z – 2027-01-04T10:00:00.000Z',
      '2027-01-05T01:00:00.000Z – 2027-01-05T02:00:00.000Z',
    ]);
  });
});

describe('overnight shifts', () => {
  // 2027-01-08 is a Friday.
  const fridayNights = { fri: hours('22:00', '06:00'), sat: hours('10:00', '12:00') };

  it('belong to the day they start on and run into the next morning', () => {
    const calendar = inShanghai(fridayNights);
    expect(calendar.isOpen(cst('2027-01-08T21:59'))).toBe(false);
    expect(calendar.isOpen(cst('2027-01-08T23:00'))).toBe(true);
    expect(calendar.isOpen(cst('2027-01-09T05:59'))).toBe(true);
    expect(calendar.isOpen(cst('2027-01-09T06:00'))).toBe(false);
    expect(calendar.nextClose(cst('2027-01-08T22:00'))).toEqual(cst('2027-01-09T06:00'));
    expect(calendar.nextOpen(cst('2027-01-09T06:00'))).toEqual(cst('2027-01-09T10:00'));
  });

  it('are cancelled whole, after midnight too, by a holiday on the day they start', () => {
    const calendar = inShanghai(fridayNights, { kind: 'date', date: '2027-01-08', hours: [] });
    expect(calendar.isOpen(cst('2027-01-08T23:00'))).toBe(false);
    expect(calendar.isOpen(cst('2027-01-09T03:00'))).toBe(false);
    expect(calendar.nextOpen(cst('2027-01-08T20:00'))).toEqual(cst('2027-01-09T10:00'));
  });

  it('are not cut by a holiday on the next day, which closes only what starts on it', () => {
    const calendar = inShanghai(fridayNights, { kind: 'date', date: '2027-01-09', hours: [] });
    expect(calendar.isOpen(cst('2027-01-09T03:00'))).toBe(true);
    expect(calendar.nextClose(cst('2027-01-09T03:00'))).toEqual(cst('2027-01-09T06:00'));
    expect(calendar.isOpen(cst('2027-01-09T11:00'))).toBe(false);
  });

  it('merge with the next day’s hours they touch or overlap', () => {
    const calendar = inShanghai({ fri: hours('22:00', '06:00'), sat: hours('05:00', '10:00') });
    expect(periods(calendar, cst('2027-01-08T00:00'), cst('2027-01-10T00:00'))).toEqual([
      '2027-01-08T14:00:00.000Z – 2027-01-09T02:00:00.000Z',
    ]);
    expect(hoursBetween(calendar, cst('2027-01-08T00:00'), cst('2027-01-10T00:00'))).toBe(12);
  });

  it('run from Sunday into Monday across the end of the week', () => {
    const calendar = inShanghai({ sun: hours('22:00', '02:00') });
    expect(calendar.isOpen(cst('2027-01-11T01:00'))).toBe(true);
    expect(calendar.nextClose(cst('2027-01-10T23:00'))).toEqual(cst('2027-01-11T02:00'));
  });

  it('are the same whether they end at 24:00 or run into a next day starting at 00:00', () => {
    const calendar = inShanghai({ sat: hours('18:00', '24:00'), sun: hours('00:00', '06:00') });
    expect(calendar.isOpen(cst('2027-01-09T23:59'))).toBe(true);
    expect(calendar.isOpen(cst('2027-01-10T00:00'))).toBe(true);
    expect(calendar.nextClose(cst('2027-01-09T20:00'))).toEqual(cst('2027-01-10T06:00'));
    expect(periods(calendar, cst('2027-01-09T00:00'), cst('2027-01-11T00:00'))).toEqual([
      '2027-01-09T10:00:00.000Z – 2027-01-09T22:00:00.000Z',
    ]);
  });

  it('ending at 24:00 close at midnight', () => {
    const calendar = inShanghai({ sat: hours('18:00', '24:00') });
    expect(calendar.isOpen(cst('2027-01-09T23:59:59.999'))).toBe(true);
    expect(calendar.isOpen(cst('2027-01-10T00:00'))).toBe(false);
    expect(calendar.nextClose(cst('2027-01-09T20:00'))).toEqual(cst('2027-01-10T00:00'));
  });
});

describe('override precedence: dated > recurring > weekly hours', () => {
  const weekdays = { mon: hours('09:00', '18:00'), tue: hours('09:00', '18:00'), fri: hours('09:00', '18:00') };
  const christmasEveMornings: OverrideDefinition = { kind: 'yearly', monthDay: '12-24', hours: hours('09:00', '12:00') };

  it('a recurring override replaces (does not add to) the weekly hours of its dates', () => {
    // 2027-12-24 is a Friday.
    const calendar = inShanghai(weekdays, christmasEveMornings);
    expect(periods(calendar, cst('2027-12-24T00:00'), cst('2027-12-25T00:00'))).toEqual([
      '2027-12-24T01:00:00.000Z – 2027-12-24T04:00:00.000Z',
    ]);
    expect(calendar.isOpen(cst('2028-12-24T10:00'))).toBe(true); // a Sunday: the override opens it
  });

  it('a dated override beats a recurring one on the same date', () => {
    const calendar = inShanghai(weekdays, christmasEveMornings, { kind: 'date', date: '2027-12-24', hours: [] });
    expect(calendar.isOpen(cst('2027-12-24T10:00'))).toBe(false);
    expect(calendar.isOpen(cst('2026-12-24T10:00'))).toBe(true);
  });

  it('a weekly override applies to its weekday within its range only; a date range beats it', () => {
    const calendar = inShanghai(
      weekdays,
      { kind: 'weekly', weekday: 'sat', from: '2027-06-01', to: '2027-08-31', hours: hours('10:00', '14:00') },
      { kind: 'date_range', from: '2027-07-01', to: '2027-07-15', hours: [] },
    );
    expect(calendar.isOpen(cst('2027-06-05T11:00'))).toBe(true); // a Saturday in range
    expect(calendar.isOpen(cst('2027-06-06T11:00'))).toBe(false); // a Sunday
    expect(calendar.isOpen(cst('2027-09-04T11:00'))).toBe(false); // a Saturday after the range
    expect(calendar.isOpen(cst('2027-07-10T11:00'))).toBe(false); // a Saturday in the closed date range
    expect(calendar.isOpen(cst('2027-07-12T11:00'))).toBe(false); // a Monday in the closed date range
  });

  it('special hours for a single date may differ in shape, overnight included', () => {
    const calendar = inShanghai(weekdays, { kind: 'date', date: '2027-01-11', hours: hours('20:00', '02:00') });
    expect(periods(calendar, cst('2027-01-11T00:00'), cst('2027-01-13T00:00'))).toEqual([
      '2027-01-11T12:00:00.000Z – 2027-01-11T18:00:00.000Z',
      '2027-01-12T01:00:00.000Z – 2027-01-12T10:00:00.000Z',
    ]);
  });

  it('a yearly 02-29 override applies in leap years only', () => {
    const calendar = inShanghai({}, { kind: 'yearly', monthDay: '02-29', hours: hours('09:00', '10:00') });
    expect(calendar.nextOpen(cst('2027-06-01T00:00'))).toEqual(cst('2028-02-29T09:00'));
  });
});

describe('closed spans (maintenance windows)', () => {
  it('close the calendar between two instants whatever the hours, across midnight too', () => {
    const calendar = inShanghai(
      { fri: hours('22:00', '06:00') },
      { kind: 'closed_span', start: '2027-03-06T01:00+08:00', end: '2027-03-06T05:00+08:00' },
    );
    expect(periods(calendar, cst('2027-03-05T00:00'), cst('2027-03-07T00:00'))).toEqual([
      '2027-03-05T14:00:00.000Z – 2027-03-05T17:00:00.000Z',
      '2027-03-05T21:00:00.000Z – 2027-03-05T22:00:00.000Z',
    ]);
    expect(calendar.isOpen(cst('2027-03-06T01:00'))).toBe(false);
    expect(calendar.nextClose(cst('2027-03-05T23:00'))).toEqual(cst('2027-03-06T01:00'));
    expect(calendar.nextOpen(cst('2027-03-06T01:00'))).toEqual(cst('2027-03-06T05:00'));
  });

  it('may overlap one another', () => {
    const calendar = inShanghai(
      { mon: hours('09:00', '18:00') },
      { kind: 'closed_span', start: '2027-01-11T10:00+08:00', end: '2027-01-11T12:00+08:00' },
      { kind: 'closed_span', start: '2027-01-11T11:00+08:00', end: '2027-01-11T13:00+08:00' },
    );
    expect(hoursBetween(calendar, cst('2027-01-11T00:00'), cst('2027-01-12T00:00'))).toBe(6);
  });
});

describe('daylight saving time (America/New_York)', () => {
  const sundays = (start: string, end: string) => inNewYork({ sun: hours(start, end) });
  const saturdayNights = inNewYork({ sat: hours('22:00', '06:00') });

  describe('spring forward, Sunday 2027-03-14 (02:00 EST → 03:00 EDT)', () => {
    it('moves a start inside the skipped hour to 03:00 EDT', () => {
      const calendar = sundays('02:30', '05:00');
      expect(calendar.nextOpen(new Date('2027-03-14T00:00-05:00'))).toEqual(new Date('2027-03-14T03:00-04:00'));
      expect(hoursBetween(calendar, new Date('2027-03-14T00:00-05:00'), new Date('2027-03-15T00:00-04:00'))).toBe(2);
    });

    it('moves an end inside the skipped hour to 03:00 EDT', () => {
      const calendar = sundays('00:00', '02:30');
      expect(calendar.nextClose(new Date('2027-03-14T00:00-05:00'))).toEqual(new Date('2027-03-14T03:00-04:00'));
      expect(calendar.isOpen(new Date('2027-03-14T01:59-05:00'))).toBe(true);
    });

    it('drops an interval lying wholly inside the skipped hour', () => {
      const calendar = sundays('02:00', '03:00');
      expect(calendar.openPeriods(new Date('2027-03-14T00:00-05:00'), new Date('2027-03-15T00:00-04:00'))).toEqual([]);
    });

    it('makes that Sunday 23 hours long, and a Saturday night shift across it 7 hours', () => {
      const allDay = sundays('00:00', '24:00');
      expect(hoursBetween(allDay, new Date('2027-03-13T00:00Z'), new Date('2027-03-16T00:00Z'))).toBe(23);
      expect(hoursBetween(allDay, new Date('2027-03-20T00:00Z'), new Date('2027-03-23T00:00Z'))).toBe(24);
      expect(hoursBetween(saturdayNights, new Date('2027-03-13T00:00Z'), new Date('2027-03-15T00:00Z'))).toBe(7);
    });
  });

  describe('fall back, Sunday 2027-11-07 (02:00 EDT → 01:00 EST)', () => {
    it('takes the earlier of the two instants for a start inside the repeated hour', () => {
      const calendar = sundays('01:30', '05:00');
      expect(calendar.nextOpen(new Date('2027-11-07T00:00-04:00'))).toEqual(new Date('2027-11-07T01:30-04:00'));
      expect(hoursBetween(calendar, new Date('2027-11-07T00:00-04:00'), new Date('2027-11-08T00:00-05:00'))).toBe(4.5);
    });

    it('takes the earlier of the two instants for an end inside the repeated hour', () => {
      const calendar = sundays('00:00', '01:30');
      expect(calendar.nextClose(new Date('2027-11-07T00:00-04:00'))).toEqual(new Date('2027-11-07T01:30-04:00'));
      expect(calendar.isOpen(new Date('2027-11-07T01:00-05:00'))).toBe(false); // the second 01:00
    });

    it('makes that Sunday 25 hours long, and a Saturday night shift across it 9 hours', () => {
      const allDay = sundays('00:00', '24:00');
      expect(hoursBetween(allDay, new Date('2027-11-06T00:00Z'), new Date('2027-11-09T00:00Z'))).toBe(25);
      expect(hoursBetween(saturdayNights, new Date('2027-11-06T00:00Z'), new Date('2027-11-08T00:00Z'))).toBe(9);
    });
  });

  it('does nothing of the kind in Asia/Shanghai, which has no DST', () => {
    const allDay = inShanghai({ sun: hours('00:00', '24:00') });
    expect(periods(allDay, cst('2027-03-13T00:00'), cst('2027-03-16T00:00'))).toEqual([
      '2027-03-13T16:00:00.000Z – 2027-03-14T16:00:00.000Z',
    ]);
    expect(periods(allDay, cst('2027-11-06T00:00'), cst('2027-11-09T00:00'))).toEqual([
      '2027-11-06T16:00:00.000Z – 2027-11-07T16:00:00.000Z',
    ]);
  });
});

describe('search horizon', () => {
  it('answers null rather than searching forever on a calendar that never opens', () => {
    const never = inShanghai({});
    expect(never.nextOpen(cst('2027-01-01T00:00'))).toBeNull();
    expect(never.nextClose(cst('2027-01-01T00:00'))).toBeNull();
    expect(never.status(cst('2027-01-01T00:00'))).toEqual({ open: false, timeZone: 'Asia/Shanghai' });
  });

  it('answers nextClose with null on a calendar that never closes', () => {
    const allDay = hours('00:00', '24:00');
    const always = inShanghai({ mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay });
    expect(always.nextClose(cst('2027-01-01T00:00'))).toBeNull();
    expect(always.status(cst('2027-01-01T00:00'))).toEqual({ open: true, timeZone: 'Asia/Shanghai' });
  });

  it('finds open time after a long closure shorter than the horizon, not after a longer one', () => {
    const weekdays = { mon: hours('09:00', '18:00'), wed: hours('09:00', '18:00') };
    const closedTillDecember = inShanghai(weekdays, { kind: 'date_range', from: '2027-01-01', to: '2027-11-30', hours: [] });
    expect(closedTillDecember.nextOpen(cst('2027-01-01T00:00'))).toEqual(cst('2027-12-01T09:00'));
    const closedTwoYears = inShanghai(weekdays, { kind: 'date_range', from: '2027-01-01', to: '2028-12-31', hours: [] });
    expect(closedTwoYears.nextOpen(cst('2027-01-01T00:00'))).toBeNull();
  });
});
