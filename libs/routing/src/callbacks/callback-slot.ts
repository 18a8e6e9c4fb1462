import { RoutingErrorCode } from '@okpay/contracts';
import { BusinessCalendar, DomainError, parseBusinessCalendar, WEEKDAYS } from '@okpay/shared';

/** Callbacks are dialled only between these local times of the customer, every day. */
export const CUSTOMER_CALL_WINDOW = { start: '08:00', end: '21:00' } as const;

/** How far ahead to look for a slot before giving up. */
const SEARCH_DAYS = 30;

export class UnknownTimeZoneError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('unknown_time_zone', 'The time zone is not a known IANA zone.');
  }
}

export class NoCallbackSlotError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('no_callback_slot', 'There is no time in the next month when we are open and it is daytime for you.');
  }
}

/** The customer's daytime as a calendar, so it can be intersected with opening hours. */
export function customerCallWindow(timeZone: string): BusinessCalendar {
  const daily = [CUSTOMER_CALL_WINDOW];
  const result = parseBusinessCalendar({ timeZone, weekly: Object.fromEntries(WEEKDAYS.map((day) => [day, daily])) });
  if (!result.ok) throw new UnknownTimeZoneError();
  return result.calendar;
}

/**
 * The first instant at or after `from` when the callback calendar is open and it is daytime
 * for the customer: the intersection of the two calendars' open periods.
 */
export function firstCallbackSlot(calendar: BusinessCalendar, customerTimeZone: string, from: Date): Date {
  const customer = customerCallWindow(customerTimeZone);
  const until = new Date(from.getTime() + SEARCH_DAYS * 24 * 3600_000);
  const ours = calendar.openPeriods(from, until);
  const theirs = customer.openPeriods(from, until);
  let i = 0;
  let j = 0;
  while (i < ours.length && j < theirs.length) {
    const start = Math.max(ours[i].start.getTime(), theirs[j].start.getTime());
    const end = Math.min(ours[i].end.getTime(), theirs[j].end.getTime());
    if (start < end) return new Date(start);
    if (ours[i].end.getTime() <= theirs[j].end.getTime()) i++;
    else j++;
  }
  throw new NoCallbackSlotError();
}
