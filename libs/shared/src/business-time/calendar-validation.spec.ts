import { BusinessCalendarDefinition, OverrideDefinition, WeeklyHoursDefinition } from './business-calendar-definition';
import { parseBusinessCalendar, validateBusinessCalendar } from './calendar-validation';
import { DEMO_SUPPORT_CALENDAR } from './demo-support-calendar';

const shanghai = (weekly: WeeklyHoursDefinition, overrides: OverrideDefinition[] = []): BusinessCalendarDefinition => ({
  timeZone: 'Asia/Shanghai',
  weekly,
  overrides,
});
const withOverrides = (...overrides: OverrideDefinition[]) => shanghai({}, overrides);
const closedOn = (date: string): OverrideDefinition => ({ kind: 'date', date, hours: [] });

/** `field code` pairs, easy to compare as a whole. */
const problemsOf = (definition: BusinessCalendarDefinition): string[] =>
  validateBusinessCalendar(definition).map((problem) => `${problem.field} ${problem.code}`);

describe('parseBusinessCalendar', () => {
  it('builds a calendar from a valid definition', () => {
    const result = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
    expect(result.ok && result.calendar.timeZone).toBe('Asia/Shanghai');
    expect(validateBusinessCalendar(DEMO_SUPPORT_CALENDAR)).toEqual([]);
  });

  it('lists every problem at once, each with a field path, a code and a message', () => {
    const result = parseBusinessCalendar({
      timeZone: 'Asia/Shangai',
      weekly: { mon: [{ start: '09:00', end: '18:00' }, { start: '19:00', end: '25:00' }] },
      overrides: [{ kind: 'date', date: '2027-02-30', hours: [] }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { field: 'timeZone', code: 'unknown_time_zone', message: expect.stringContaining('Asia/Shangai') },
      { field: 'weekly.mon[1].end', code: 'invalid_time', message: expect.any(String) },
      { field: 'overrides[0].date', code: 'invalid_date', message: expect.any(String) },
    ]);
  });
});

describe('validateBusinessCalendar: weekly hours', () => {
  it('refuses times that are not HH:MM, beyond 24:00, or 24:00 as a start', () => {
    expect(
      problemsOf(
        shanghai({
          tue: [{ start: '9:00', end: '12:00' }],
          wed: [{ start: '09:00', end: '24:01' }],
          thu: [{ start: '24:00', end: '06:00' }],
        }),
      ),
    ).toEqual(['weekly.tue[0].start invalid_time', 'weekly.wed[0].end invalid_time', 'weekly.thu[0].start invalid_time']);
  });

  it('accepts 24:00 as an end and an end before the start (overnight shift)', () => {
    const definition = shanghai({ fri: [{ start: '18:00', end: '24:00' }], sat: [{ start: '22:00', end: '06:00' }] });
    expect(problemsOf(definition)).toEqual([]);
  });

  it('refuses an interval whose end equals its start', () => {
    expect(problemsOf(shanghai({ tue: [{ start: '09:00', end: '09:00' }] }))).toEqual(['weekly.tue[0] empty_interval']);
  });

  it('refuses overlapping intervals within one weekday, overnight ones included', () => {
    expect(
      problemsOf(
        shanghai({
          mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }],
          fri: [{ start: '23:00', end: '23:30' }, { start: '22:00', end: '06:00' }],
        }),
      ),
    ).toEqual(['weekly.mon[1] overlapping_intervals', 'weekly.fri[1] overlapping_intervals']);
  });

  it('accepts touching intervals, and an overnight shift running into the next day’s hours', () => {
    expect(
      problemsOf(
        shanghai({
          mon: [{ start: '12:00', end: '18:00' }, { start: '09:00', end: '12:00' }, { start: '22:00', end: '06:00' }],
          tue: [{ start: '05:00', end: '10:00' }],
        }),
      ),
    ).toEqual([]);
  });
});

describe('validateBusinessCalendar: overrides', () => {
  it('checks dates, month-days and ranges', () => {
    expect(
      problemsOf(
        withOverrides(
          { kind: 'date', date: '2027-1-01', hours: [] },
          { kind: 'yearly', monthDay: '13-01', hours: [] },
          { kind: 'date_range', from: '2027-02-10', to: '2027-02-01', hours: [] },
          { kind: 'weekly', weekday: 'sat', from: '2027-06-01', to: 'someday', hours: [] },
        ),
      ),
    ).toEqual([
      'overrides[0].date invalid_date',
      'overrides[1].monthDay invalid_date',
      'overrides[2].to invalid_range',
      'overrides[3].to invalid_date',
    ]);
  });

  it('accepts 02-29 as a yearly date (it applies in leap years)', () => {
    expect(problemsOf(withOverrides({ kind: 'yearly', monthDay: '02-29', hours: [] }))).toEqual([]);
  });

  it('checks special hours like weekly hours, with their own path', () => {
    expect(
      problemsOf(withOverrides({ kind: 'date', date: '2027-12-24', hours: [{ start: '09:00', end: '12:5' }] })),
    ).toEqual(['overrides[0].hours[0].end invalid_time']);
  });

  it('checks closed spans: instants with an offset, ending after they start', () => {
    expect(
      problemsOf(
        withOverrides(
          { kind: 'closed_span', start: '2027-03-06T01:00', end: '2027-03-06T05:00+08:00' },
          { kind: 'closed_span', start: '2027-03-06T05:00+08:00', end: '2027-03-06T01:00+08:00' },
          { kind: 'closed_span', start: '2027-03-06T01:00+08:00', end: '2027-03-06T05:00:00.000Z' },
        ),
      ),
    ).toEqual(['overrides[0].start invalid_date', 'overrides[1].end invalid_range']);
  });

  it('refuses an unknown override kind (data read back from storage)', () => {
    const unknown = { kind: 'monthly', day: 1 } as unknown as OverrideDefinition;
    expect(problemsOf(withOverrides(unknown))).toEqual(['overrides[0].kind unknown_override_kind']);
  });
});

describe('validateBusinessCalendar: overlapping overrides of the same precedence', () => {
  it('refuses two dated overrides that share a date', () => {
    expect(
      problemsOf(
        withOverrides(
          { kind: 'date_range', from: '2027-01-30', to: '2027-02-05', hours: [] },
          closedOn('2027-02-03'),
          closedOn('2027-02-06'),
        ),
      ),
    ).toEqual(['overrides[1] overlapping_overrides']);
  });

  it('refuses the same yearly date twice', () => {
    expect(
      problemsOf(
        withOverrides(
          { kind: 'yearly', monthDay: '12-25', hours: [] },
          { kind: 'yearly', monthDay: '12-25', hours: [{ start: '10:00', end: '12:00' }] },
        ),
      ),
    ).toEqual(['overrides[1] overlapping_overrides']);
  });

  it('refuses a weekly override that falls on a yearly date, and only then', () => {
    const christmas: OverrideDefinition = { kind: 'yearly', monthDay: '12-25', hours: [] };
    // 2027-12-25 is a Saturday.
    const decemberSaturdays: OverrideDefinition = {
      kind: 'weekly',
      weekday: 'sat',
      from: '2027-12-01',
      to: '2027-12-31',
      hours: [{ start: '10:00', end: '14:00' }],
    };
    const decemberSundays: OverrideDefinition = { ...decemberSaturdays, weekday: 'sun' };
    expect(problemsOf(withOverrides(christmas, decemberSaturdays))).toEqual(['overrides[1] overlapping_overrides']);
    expect(problemsOf(withOverrides(christmas, decemberSundays))).toEqual([]);
  });

  it('refuses two weekly overrides only when their ranges share that weekday', () => {
    const saturdays = (from: string, to: string): OverrideDefinition => ({
      kind: 'weekly',
      weekday: 'sat',
      from,
      to,
      hours: [],
    });
    const juneSaturdays = saturdays('2027-06-01', '2027-06-30');
    expect(problemsOf(withOverrides(juneSaturdays, saturdays('2027-06-26', '2027-07-31')))).toEqual([
      'overrides[1] overlapping_overrides',
    ]);
    // The ranges overlap on 2027-06-27..30, a Sunday to a Wednesday: no Saturday in common.
    expect(problemsOf(withOverrides(juneSaturdays, saturdays('2027-06-27', '2027-07-31')))).toEqual([]);
  });

  it('accepts overlaps between classes (precedence decides) and between closed spans (both close)', () => {
    expect(
      problemsOf(
        withOverrides(
          closedOn('2027-12-25'),
          { kind: 'yearly', monthDay: '12-25', hours: [] },
          { kind: 'closed_span', start: '2027-03-06T01:00+08:00', end: '2027-03-06T05:00+08:00' },
          { kind: 'closed_span', start: '2027-03-06T04:00+08:00', end: '2027-03-06T06:00+08:00' },
        ),
      ),
    ).toEqual([]);
  });
});
