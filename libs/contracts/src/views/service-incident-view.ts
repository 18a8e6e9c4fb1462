import { Static, Type } from '@sinclair/typebox';

/** Maintenance or an incident, titled in both languages. */
export const ServiceIncidentViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String({ example: 'maintenance' }),
    affects: Type.Array(Type.String()),
    title: Type.Object({ en: Type.String(), 'zh-CN': Type.String() }),
    startsAt: Type.String({ format: 'date-time' }),
    endsAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'ServiceIncidentView' },
);
export type ServiceIncidentView = Static<typeof ServiceIncidentViewSchema>;
