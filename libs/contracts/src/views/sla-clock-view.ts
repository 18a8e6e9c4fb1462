import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

export const SlaClockViewSchema = Type.Object(
  { dueAt: Nullable(Type.String({ format: 'date-time' })), state: Type.String({ example: 'running' }) },
  { $id: 'SlaClockView' },
);
export type SlaClockView = Static<typeof SlaClockViewSchema>;
