import { Static, Type } from '@sinclair/typebox';

/** `GET /business-hours/status`: whether a queue is open at an instant, and when that changes. */
export const BusinessHoursViewSchema = Type.Object(
  {
    open: Type.Boolean(),
    timeZone: Type.String({ example: 'Asia/Shanghai' }),
    opensAt: Type.Optional(Type.String({ format: 'date-time' })),
    closesAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'BusinessHoursView' },
);
export type BusinessHoursView = Static<typeof BusinessHoursViewSchema>;
