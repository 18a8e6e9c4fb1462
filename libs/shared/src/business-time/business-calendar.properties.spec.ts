import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BusinessCalendar } from './business-calendar';
import {
  BusinessCalendarDefinition,
  DayHoursDefinition,
  Weekday,
  WeeklyHoursDefinition,
  WEEKDAYS,
} from './business-calendar-definition';
import { parseBusinessCalendar } from './calendar-validation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function calendarOf(definition: BusinessCalendarDefinition): BusinessCalendar {
  const result = parseBusinessCalendar(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.calendar;
}

/** Quarter-hour wall times, `00:00` to `24:00`, so boundaries are hit often. */
const wallTime = fc.integer({ min: 0, max: 96 }).map((quarter) => {
  const minutes = quarter * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});
const dayHours: fc.Arbitrary<DayHoursDefinition> = fc.array(fc.record({ start: wallTime, end: wallTime }), {
  maxLength: 2,
});
const weeklyHours: fc.Arbitrary<WeeklyHoursDefinition> = fc.record(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours])) as Record<Weekday, fc.Arbitrary<DayHoursDefinition>>,
);
const dateIn2027 = fc.integer({ min: 0, max: 364 }).map((day) => DateTime.utc(2027, 1, 1).plus({ days: day }).toISODate()!);

/** Random valid definitions: weekly hours (overnight and 24:00 included) and an optional holiday. */
const definitionIn = (timeZone: string): fc.Arbitrary<BusinessCalendarDefinition> =>
  fc
    .record({ weekly: weeklyHours, holiday: fc.option(dateIn2027, { nil: undefined }) })
    .map(({ weekly, holiday }) => ({
      timeZone,
      weekly,
      overrides: holiday === undefined ? [] : [{ kind: 'date' as const, date: holiday, hours: [] }],
    }))
    .filter((definition) => parseBusinessCalendar(definition).ok);

const START_2027 = Date.parse('2027-01-01T00:00:00Z');
/** Anywhere in 2027, or close to New York's DST transitions (2027-03-14 and 2027-11-07). */
const instant = fc
  .oneof(
    fc.integer({ min: START_2027, max: START_2027 + 364 * DAY }),
    fc.integer({ min: Date.parse('2027-03-12T00:00:00Z'), max: Date.parse('2027-03-16T00:00:00Z') }),
    fc.integer({ min: Date.parse('2027-11-05T00:00:00Z'), max: Date.parse('2027-11-09T00:00:00Z') }),
  )
  .map((ms) => new Date(ms));
const anyCalendar = fc.oneof(definitionIn('Asia/Shanghai'), definitionIn('America/New_York')).map(calendarOf);

/**
 * An independent, naive reading of a Shanghai definition (no DST there): open when the wall time
 * falls in one of today's intervals, or in the after-midnight part of one of yesterday's.
 */
function naiveIsOpenInShanghai(definition: BusinessCalendarDefinition, at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: 'Asia/Shanghai' });
  const msIntoDay = at.getTime() - local.startOf('day').toMillis();
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const closedDates = new Set(definition.overrides?.flatMap((override) => (override.kind === 'date' ? [override.date] : [])));
  const intervalsOf = (day: DateTime) =>
    closedDates.has(day.toISODate()!)
      ? []
      : (definition.weekly[WEEKDAYS[day.weekday - 1]!] ?? []).map(({ start, end }) => ({
          start: minutes(start) * MINUTE,
          end: (minutes(end) > minutes(start) ? minutes(end) : minutes(end) + 24 * 60) * MINUTE,
        }));
  return (
    intervalsOf(local).some(({ start, end }) => start <= msIntoDay && msIntoDay < end) ||
    intervalsOf(local.minus({ days: 1 })).some(({ end }) => msIntoDay < end - DAY)
  );
}

describe('business calendar properties', () => {
  it('isOpen agrees with a naive reading of the definition (Shanghai)', () => {
    fc.assert(
      fc.property(definitionIn('Asia/Shanghai'), instant, (definition, at) => {
        expect(calendarOf(definition).isOpen(at)).toBe(naiveIsOpenInShanghai(definition, at));
      }),
      { numRuns: 500 },
    );
  });

  it('isOpen agrees with openPeriods, which are sorted, merged and clipped', () => {
    const samplesWithinThreeDays = fc.array(fc.integer({ min: 0, max: 3 * DAY - 1 }), { maxLength: 20 });
    fc.assert(
      fc.property(anyCalendar, instant, samplesWithinThreeDays, (calendar, from, offsets) => {
        const to = new Date(from.getTime() + 3 * DAY);
        const periods = calendar.openPeriods(from, to);
        periods.forEach((period, index) => {
          expect(period.start < period.end).toBe(true);
          expect(period.start >= from && period.end <= to).toBe(true);
          const next = periods[index + 1];
          if (next) expect(period.end < next.start).toBe(true);
        });
        for (const offset of offsets) {
          const at = new Date(from.getTime() + offset);
          expect(calendar.isOpen(at)).toBe(periods.some((p) => p.start <= at && at < p.end));
        }
      }),
    );
  });

  it('nextOpen is open and nothing before it is; nextClose is closed and the instant before it open', () => {
    fc.assert(
      fc.property(anyCalendar, instant, (calendar, at) => {
        const opens = calendar.nextOpen(at);
        if (opens) {
          expect(opens >= at && calendar.isOpen(opens)).toBe(true);
          expect(calendar.businessDurationBetween(at, opens)).toBe(0);
        }
        const closes = calendar.nextClose(at);
        if (closes) {
          expect(closes > at && !calendar.isOpen(closes)).toBe(true);
          expect(calendar.isOpen(new Date(closes.getTime() - 1))).toBe(true);
        }
      }),
    );
  });

  const pauses = (start: Date) =>
    fc.array(
      fc
        .tuple(fc.integer({ min: -DAY, max: 20 * DAY }), fc.integer({ min: 0, max: 2 * DAY }))
        .map(([offset, length]) => ({
          start: new Date(start.getTime() + offset),
          end: new Date(start.getTime() + offset + length),
        })),
      { maxLength: 3 },
    );
  const withPauses = instant.chain((start) => fc.tuple(fc.constant(start), pauses(start)));

  it('businessDurationBetween(s, addBusinessDuration(s, d, p), p) is d, and no earlier instant has d', () => {
    fc.assert(
      fc.property(anyCalendar, withPauses, fc.integer({ min: 0, max: 200 * HOUR }), (calendar, [start, paused], duration) => {
        const due = calendar.addBusinessDuration(start, duration, paused);
        if (due === null) return;
        expect(calendar.businessDurationBetween(start, due, paused)).toBe(duration);
        if (duration > 0) {
          expect(calendar.businessDurationBetween(start, new Date(due.getTime() - 1), paused)).toBeLessThan(duration);
        }
      }),
    );
  });

  it('adding two durations one after the other is adding their sum', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        instant,
        fc.integer({ min: 0, max: 100 * HOUR }),
        fc.integer({ min: 1, max: 100 * HOUR }),
        (calendar, start, first, second) => {
          const halfway = calendar.addBusinessDuration(start, first);
          if (halfway === null) return;
          expect(calendar.addBusinessDuration(halfway, second)).toEqual(calendar.addBusinessDuration(start, first + second));
        },
      ),
    );
  });
});
