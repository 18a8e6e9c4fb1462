import { SetMetadata } from '@nestjs/common';
import { AgentRole } from '@okpay/contracts';
import { PrincipalKind } from '../principal';

/** Who may call a route or join a namespace. Every route declares one; none means nobody. */
export interface AccessPolicy {
  readonly kinds: readonly PrincipalKind[];
  /** For agents: the roles allowed; absent means every role. */
  readonly roles?: readonly AgentRole[];
  /** Callers without a token are let through (with no principal). */
  readonly anonymous?: boolean;
  /** Widget-only customer tokens (from a host page's signed identity) are accepted too. */
  readonly widget?: boolean;
}

/** Who may use the chat widget's surfaces: customers (wallet or widget tokens) and visitors. */
export const WIDGET_ACCESS: AccessPolicy = { kinds: ['customer', 'visitor'], widget: true };

export const ACCESS_POLICY = 'okpay:access-policy';

/** Open to anyone; a token, if sent, is still checked and identifies the caller. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kinds: ['agent', 'customer', 'visitor'], anonymous: true } satisfies AccessPolicy);

export const Authenticated = (...kinds: PrincipalKind[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kinds } satisfies AccessPolicy);

export const AgentRoles = (...roles: AgentRole[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kinds: ['agent'], roles } satisfies AccessPolicy);

/** A route of the chat widget: customers, widget customers and visitors. */
export const WidgetAccess = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_POLICY, WIDGET_ACCESS);
