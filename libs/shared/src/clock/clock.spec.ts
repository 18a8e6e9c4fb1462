import { ManualClock, ShiftedClock } from './clock';

describe('clocks', () => {
  afterEach(() => jest.useRealTimers());

  it('ShiftedClock starts at the chosen instant and runs on in real time', () => {
    // Real time is faked so that it can pass by a known amount.
    jest.useFakeTimers({ now: Date.parse('2026-03-01T00:00:00Z') });
    const clock = new ShiftedClock(new Date('2027-01-08T09:59:00Z'));
    expect(clock.now().toISOString()).toBe('2027-01-08T09:59:00.000Z');

    jest.setSystemTime(Date.parse('2026-03-01T00:01:30.250Z'));
    expect(clock.now().toISOString()).toBe('2027-01-08T10:00:30.250Z');
    jest.advanceTimersByTime(29_750);
    expect(clock.now().toISOString()).toBe('2027-01-08T10:01:00.000Z');
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
