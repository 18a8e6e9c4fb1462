import { BusinessCalendarDefinition, DayHoursDefinition } from './business-calendar-definition';

const OFFICE_HOURS: DayHoursDefinition = [{ start: '09:00', end: '18:00' }];

/**
 * The contract's demo calendar: Shanghai time, Monday–Friday 09:00–18:00 (18:00 itself is
 * closed), closed all day on New Year's Day 2027 (a Friday).
 */
export const DEMO_SUPPORT_CALENDAR: BusinessCalendarDefinition = {
  timeZone: 'Asia/Shanghai',
  weekly: { mon: OFFICE_HOURS, tue: OFFICE_HOURS, wed: OFFICE_HOURS, thu: OFFICE_HOURS, fri: OFFICE_HOURS },
  overrides: [{ kind: 'date', date: '2027-01-01', hours: [] }],
};
