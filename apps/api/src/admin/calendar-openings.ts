import { CalendarOpeningsView } from '@okpay/contracts';
import { BusinessCalendarDefinition, parseBusinessCalendar, RequestValidationError } from '@okpay/shared';

const DAY_MS = 86_400_000;

/** How far ahead a preview looks, in days, unless asked otherwise. */
export const PREVIEW_DAYS = 14;

/** The open periods of a definition from `from` for `days` days: what an admin sees before and after an edit. */
export function calendarOpenings(definition: BusinessCalendarDefinition, from: Date, days: number): CalendarOpeningsView {
  const parsed = parseBusinessCalendar(definition);
  if (!parsed.ok) throw new RequestValidationError(parsed.problems.map((p) => ({ ...p, field: `definition.${p.field}` })));
  const periods = parsed.calendar.openPeriods(from, new Date(from.getTime() + days * DAY_MS));
  return { timeZone: definition.timeZone, openings: periods.map(({ start, end }) => ({ start: start.toISOString(), end: end.toISOString() })) };
}
