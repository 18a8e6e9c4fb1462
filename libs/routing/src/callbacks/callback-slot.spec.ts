import { DEMO_SUPPORT_CALENDAR, parseBusinessCalendar } from '@okpay/shared';
import { firstCallbackSlot, NoCallbackSlotError, UnknownTimeZoneError } from './callback-slot';

const parsed = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
if (!parsed.ok) throw new Error('demo calendar is invalid');
const support = parsed.calendar;

describe('firstCallbackSlot', () => {
  it('is now when we are open and it is daytime for the customer', () => {
    expect(firstCallbackSlot(support, 'Asia/Shanghai', new Date('2027-01-06T02:00:00Z')).toISOString()).toBe('2027-01-06T02:00:00.000Z');
  });

  it("waits for the customer's 08:00 when we are open but it is night for them", () => {
    // 10:00 Shanghai = 02:00 London; London 08:00 = 16:00 Shanghai.
    expect(firstCallbackSlot(support, 'Europe/London', new Date('2027-01-06T02:00:00Z')).toISOString()).toBe('2027-01-06T08:00:00.000Z');
  });

  it("finds the only overlap with New York's daytime, and follows New York across its clock change", () => {
    // Winter: New York is UTC−5, so 20:00 there is 01:00Z = 09:00 Shanghai.
    expect(firstCallbackSlot(support, 'America/New_York', new Date('2027-01-06T02:00:00Z')).toISOString()).toBe('2027-01-07T01:00:00.000Z');
    // After 2027-03-14 New York is UTC−4: its 21:00 is 01:00Z, exactly when Shanghai opens, so
    // there is no shared hour at all, and the request is refused rather than called at night.
    expect(() => firstCallbackSlot(support, 'America/New_York', new Date('2027-03-16T02:00:00Z'))).toThrow(NoCallbackSlotError);
  });

  it('refuses an unknown zone, and says so when no slot exists within a month', () => {
    expect(() => firstCallbackSlot(support, 'Mars/Base', new Date())).toThrow(UnknownTimeZoneError);
    const closed = parseBusinessCalendar({ timeZone: 'Asia/Shanghai', weekly: {} });
    if (!closed.ok) throw new Error('unreachable');
    expect(() => firstCallbackSlot(closed.calendar, 'Asia/Shanghai', new Date('2027-01-06T02:00:00Z'))).toThrow(NoCallbackSlotError);
  });
});
