import { ManualClock, ShiftedClock } from './clock';

describe('clocks', () => {
  it('ShiftedClock starts at the chosen instant and runs on in real time', () => {
    const realStart = Date.now();
    const clock = new ShiftedClock(new Date('2027-01-08T09:59:00Z'), () => realStart);
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2027-01-08T09:59:00Z'));
    expect(first).toBeLessThan(Date.parse('2027-01-08T09:59:05Z'));
  });

  it('ManualClock moves only when told', () => {
    const clock = new ManualClock('2027-01-08T09:59:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-08T09:59:00.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2027-01-08T10:00:00.000Z');
    clock.set('2027-01-11T01:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-11T01:00:00.000Z');
  });
});
