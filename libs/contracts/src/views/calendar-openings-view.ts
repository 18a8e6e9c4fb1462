import { Static, Type } from '@sinclair/typebox';

/** The next periods a calendar is open, as instants: a preview of what an edit does. */
export const CalendarOpeningsViewSchema = Type.Object(
  {
    timeZone: Type.String({ example: 'Asia/Shanghai' }),
    openings: Type.Array(Type.Object({ start: Type.String({ format: 'date-time' }), end: Type.String({ format: 'date-time' }) })),
  },
  { $id: 'CalendarOpeningsView' },
);
export type CalendarOpeningsView = Static<typeof CalendarOpeningsViewSchema>;
