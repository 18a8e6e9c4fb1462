import { Locale } from './locale';

export const AGENT_ROLES = ['admin', 'supervisor', 'agent'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export interface AgentView {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

export interface CustomerView {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  phone: string | null;
}

export interface AgentLoginResponse {
  token: string;
  agent: AgentView;
}

export interface CustomerAuthResponse {
  token: string;
  customer: CustomerView;
}

export interface WidgetSessionResponse {
  visitorToken: string;
  conversationId: string;
}
