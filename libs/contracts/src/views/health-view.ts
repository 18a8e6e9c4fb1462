import { Static, Type } from '@sinclair/typebox';
import { StringEnum } from './string-enum';

/** Readiness of one process: which roles it runs, and that its database and job queue answer. */
export const HealthViewSchema = Type.Object(
  {
    status: StringEnum(['ok']),
    roles: Type.Array(StringEnum(['api', 'worker', 'mail'])),
    database: StringEnum(['up']),
    jobQueue: StringEnum(['up']),
  },
  { $id: 'HealthView' },
);
export type HealthView = Static<typeof HealthViewSchema>;
