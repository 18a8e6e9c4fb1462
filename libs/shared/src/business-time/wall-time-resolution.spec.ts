import { instantOfWallTime } from './wall-time-resolution';

const at = (date: string, minuteOfDay: number, timeZone: string): string =>
  new Date(instantOfWallTime(date, minuteOfDay, timeZone)).toISOString();

describe('instantOfWallTime', () => {
  it('maps a wall time in a zone without DST to the one instant', () => {
    expect(at('2027-03-14', 9 * 60, 'Asia/Shanghai')).toBe('2027-03-14T01:00:00.000Z');
    expect(at('2027-11-07', 90, 'Asia/Shanghai')).toBe('2027-11-06T17:30:00.000Z');
  });

  it('runs 24:00 and overnight ends into the next day', () => {
    expect(at('2027-01-08', 24 * 60, 'Asia/Shanghai')).toBe('2027-01-08T16:00:00.000Z');
    expect(at('2027-01-08', 30 * 60, 'Asia/Shanghai')).toBe('2027-01-08T22:00:00.000Z');
  });

  it('spring forward: a wall time inside the skipped hour moves to the first instant after the gap', () => {
    // New York, 2027-03-14: 02:00 EST jumps to 03:00 EDT (07:00Z).
    expect(at('2027-03-14', 2 * 60, 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14', 2 * 60 + 30, 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14', 2 * 60 + 59, 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14', 3 * 60, 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14', 60 + 59, 'America/New_York')).toBe('2027-03-14T06:59:00.000Z');
  });

  it('fall back: a wall time inside the repeated hour takes the earlier instant', () => {
    // New York, 2027-11-07: 01:00–02:00 happens in EDT (05:00Z–06:00Z), then again in EST.
    expect(at('2027-11-07', 60, 'America/New_York')).toBe('2027-11-07T05:00:00.000Z');
    expect(at('2027-11-07', 90, 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
    expect(at('2027-11-07', 2 * 60, 'America/New_York')).toBe('2027-11-07T07:00:00.000Z');
  });

  it('handles a gap that is not a whole hour (Lord Howe Island springs forward 30 minutes)', () => {
    // 2027-10-03 02:00 +10:30 becomes 02:30 +11:00, both 2027-10-02T15:30Z.
    expect(at('2027-10-03', 2 * 60 + 15, 'Australia/Lord_Howe')).toBe('2027-10-02T15:30:00.000Z');
  });
});
