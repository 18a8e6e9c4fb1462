import { DateTime, IANAZone } from 'luxon';
import { timeZoneNamed } from './time-zone';

const MINUTE_MS = 60 * 1000;

describe('timeZone', () => {
  it.each(['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Shanghai', 'Europe/London'])(
    'gives the offsets of %s that luxon gives, every few minutes across a year of changes',
    (name) => {
      const iana = IANAZone.create(name);
      const zone = timeZoneNamed(name);
      const start = Date.parse('2027-01-01T00:00:00Z');
      const mismatches: string[] = [];
      // Every 7 minutes for a year: each hour is met several times, at starts, ends and inside.
      for (let ts = start; ts < start + 366 * 24 * 60 * MINUTE_MS; ts += 7 * MINUTE_MS) {
        if (zone.offset(ts) !== iana.offset(ts)) mismatches.push(new Date(ts).toISOString());
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('converts wall times through a change exactly as the zone name does', () => {
    const springForward = { year: 2027, month: 3, day: 14, hour: 2, minute: 30 };
    expect(DateTime.fromObject(springForward, { zone: timeZoneNamed('America/New_York') }).toISO()).toBe(
      DateTime.fromObject(springForward, { zone: 'America/New_York' }).toISO(),
    );
    const fallBack = Date.parse('2027-11-07T05:59:59.999Z');
    expect(DateTime.fromMillis(fallBack + 1, { zone: timeZoneNamed('America/New_York') }).toISO()).toBe('2027-11-07T01:00:00.000-05:00');
    expect(DateTime.fromMillis(fallBack, { zone: timeZoneNamed('America/New_York') }).toISO()).toBe('2027-11-07T01:59:59.999-04:00');
  });

  it('is the same zone as its name for luxon', () => {
    const at = DateTime.fromMillis(0, { zone: 'Asia/Shanghai' });
    expect(at.setZone(timeZoneNamed('Asia/Shanghai')).zoneName).toBe('Asia/Shanghai');
    expect(timeZoneNamed('Asia/Shanghai').equals(at.zone)).toBe(true);
    expect(timeZoneNamed('Not/AZone').isValid).toBe(false);
  });
});
