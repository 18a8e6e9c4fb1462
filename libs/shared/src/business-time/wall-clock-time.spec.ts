import { parseWallClockTime } from './wall-clock-time';

describe('parseWallClockTime', () => {
  it('reads strict HH:MM as minutes after midnight, 24:00 included', () => {
    expect(parseWallClockTime('00:00')).toBe(0);
    expect(parseWallClockTime('09:30')).toBe(570);
    expect(parseWallClockTime('23:59')).toBe(1439);
    expect(parseWallClockTime('24:00')).toBe(1440);
  });

  it('refuses anything else', () => {
    for (const text of ['9:00', '24:01', '25:00', '12:60', '12:00:00', ' 12:00', '', 'noon']) {
      expect(parseWallClockTime(text)).toBeNull();
    }
  });
});
