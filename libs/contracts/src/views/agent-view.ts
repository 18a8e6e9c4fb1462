import { Static, Type } from '@sinclair/typebox';
import { AGENT_ROLES } from '../auth';
import { StringEnum } from './string-enum';

export const AgentViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), email: Type.String(), name: Type.String(), role: StringEnum(AGENT_ROLES) },
  { $id: 'AgentView' },
);
export type AgentView = Static<typeof AgentViewSchema>;
