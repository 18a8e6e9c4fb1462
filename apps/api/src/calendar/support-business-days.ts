import { BusinessCalendar, DEMO_SUPPORT_CALENDAR, parseBusinessCalendar } from '@okpay/shared';
import { BusinessDayCalendar } from '@okpay/wallet-core';

/**
 * Business days on the support calendar. Until calendars are stored and edited (routing, issue
 * #4), the contract's demo calendar is the support calendar.
 */
export class SupportBusinessDays extends BusinessDayCalendar {
  constructor(private readonly calendar: BusinessCalendar) {
    super();
  }

  static demo(): SupportBusinessDays {
    const parsed = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
    if (!parsed.ok) throw new Error(`the demo support calendar is invalid: ${JSON.stringify(parsed.problems)}`);
    return new SupportBusinessDays(parsed.calendar);
  }

  addBusinessDays(start: Date, days: number): Date {
    const end = this.calendar.addBusinessDays(start, days);
    // Only a calendar closed for a whole year has no answer; that is a configuration error.
    if (!end) throw new Error(`the support calendar has no ${days} business days within a year of ${start.toISOString()}`);
    return end;
  }
}
