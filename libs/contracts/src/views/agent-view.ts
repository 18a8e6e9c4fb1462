import { Static, Type } from '@sinclair/typebox';
import { AGENT_ROLES } from '../auth';
import { StringEnum } from './string-enum';

export const AgentViewSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), email: Type.String(), name: Type.String(), role: StringEnum(AGENT_ROLES), active: Type.Boolean({ description: 'false once deactivated: signed out and unable to sign in' }) },
  { $id: 'AgentView' },
);
export type AgentView = Static<typeof AgentViewSchema>;
