import { Static, Type } from '@sinclair/typebox';
import { AgentViewSchema } from './agent-view';

export const AgentLoginResponseSchema = Type.Object({ token: Type.String(), agent: AgentViewSchema }, { $id: 'AgentLoginResponse' });
export type AgentLoginResponse = Static<typeof AgentLoginResponseSchema>;
