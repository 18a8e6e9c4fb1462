/**
 * The support calendar as the wallet needs it: refunds promise a date counted in business days.
 * The app provides it from the routing calendar, so holidays move the promise too.
 */
export abstract class BusinessDayCalendar {
  /** The end of the `days`-th business day after `start`. */
  abstract addBusinessDays(start: Date, days: number): Promise<Date>;
}

/** Refunds are back within this many business days (the knowledge base quotes both numbers). */
export const REFUND_BUSINESS_DAYS = { min: 3, max: 5 } as const;
