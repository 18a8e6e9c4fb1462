import type { CalendarDefinitionBody, CalendarView } from '@okpay/contracts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
type Interval = { start: string; end: string };

const INTERVAL = /^(\d{2}:\d{2})\s*[-–~]\s*(\d{2}:\d{2})$/;

/** `09:00-12:00, 13:00-18:00` ↔ intervals; an empty text is a closed day. Null when a part does not read as HH:MM-HH:MM. */
export function parseHours(text: string): Interval[] | null {
  const parts = text.split(/[,，]/).map((part) => part.trim()).filter(Boolean);
  const intervals: Interval[] = [];
  for (const part of parts) {
    const match = INTERVAL.exec(part);
    if (!match) return null;
    intervals.push({ start: match[1], end: match[2] });
  }
  return intervals;
}

export function formatHours(intervals: readonly Interval[] | undefined): string {
  return (intervals ?? []).map(({ start, end }) => `${start}-${end}`).join(', ');
}

/** A single-date override (a holiday or a special day), the kind the console edits; the others are kept as they are. */
export interface DayOverride {
  date: string;
  hours: string;
}

export interface CalendarForm {
  timeZone: string;
  weekly: Record<Weekday, string>;
  days: DayOverride[];
  /** Overrides the console does not edit (ranges, yearly, weekly, closed spans), sent back unchanged. */
  otherOverrides: Record<string, unknown>[];
}

export function toForm(calendar: CalendarView): CalendarForm {
  const weekly = calendar.definition.weekly as Partial<Record<Weekday, Interval[]>>;
  const overrides = (calendar.definition.overrides ?? []) as Record<string, unknown>[];
  return {
    timeZone: calendar.definition.timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((day) => [day, formatHours(weekly[day])])) as Record<Weekday, string>,
    days: overrides.filter((o) => o.kind === 'date').map((o) => ({ date: String(o.date), hours: formatHours(o.hours as Interval[]) })),
    otherOverrides: overrides.filter((o) => o.kind !== 'date'),
  };
}

/** The definition the form describes, or the first field that does not read. */
export function toDefinition(form: CalendarForm): { definition: CalendarDefinitionBody } | { badField: Weekday | 'days' } {
  const weekly: CalendarDefinitionBody['weekly'] = {};
  for (const day of WEEKDAYS) {
    const hours = parseHours(form.weekly[day]);
    if (!hours) return { badField: day };
    if (hours.length > 0) weekly[day] = hours;
  }
  const days: Record<string, unknown>[] = [];
  for (const { date, hours } of form.days) {
    const parsed = parseHours(hours);
    if (!parsed) return { badField: 'days' };
    days.push({ kind: 'date', date, hours: parsed });
  }
  return { definition: { timeZone: form.timeZone, weekly, overrides: [...days, ...form.otherOverrides] } };
}
