import { Static, Type } from '@sinclair/typebox';
import { StringEnum } from './string-enum';

export const HealthViewSchema = Type.Object({ status: StringEnum(['ok']) }, { $id: 'HealthView' });
export type HealthView = Static<typeof HealthViewSchema>;
