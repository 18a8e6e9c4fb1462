import { Static, Type } from '@sinclair/typebox';
import { ServiceIncidentViewSchema } from './service-incident-view';

export const ServiceStatusViewSchema = Type.Object(
  { active: Type.Array(ServiceIncidentViewSchema), upcoming: Type.Array(ServiceIncidentViewSchema) },
  { $id: 'ServiceStatusView' },
);
export type ServiceStatusView = Static<typeof ServiceStatusViewSchema>;
