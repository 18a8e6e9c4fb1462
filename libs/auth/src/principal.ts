import { AgentRole } from '@okpay/contracts';

/** Who is calling, as proven by an access token. */
export type Principal =
  | { readonly kind: 'agent'; readonly id: string; readonly role: AgentRole }
  | { readonly kind: 'customer'; readonly id: string }
  | { readonly kind: 'visitor'; readonly id: string; readonly conversationId: string };

export type PrincipalKind = Principal['kind'];
