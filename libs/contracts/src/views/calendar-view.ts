import { Static, Type } from '@sinclair/typebox';

/** A business-hours calendar; its definition is the one an admin stored (validated on the way in). */
export const CalendarViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    definition: Type.Object(
      {
        timeZone: Type.String({ example: 'Asia/Shanghai' }),
        weekly: Type.Unknown({ description: 'Opening hours per weekday.' }),
        overrides: Type.Optional(Type.Unknown({ description: 'Dated exceptions: holidays, special hours.' })),
      },
      { additionalProperties: true },
    ),
    version: Type.Integer(),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'CalendarView' },
);
export type CalendarView = Static<typeof CalendarViewSchema>;
