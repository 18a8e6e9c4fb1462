import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AGENT_ROLES, AgentRole } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { InvalidTokenError } from '../auth.errors';
import { Principal, PrincipalKind } from '../principal';

const ISSUER = 'okpay-support';
const AUDIENCE: Record<PrincipalKind, string> = {
  agent: 'okpay-support/agent',
  customer: 'okpay-support/customer',
  visitor: 'okpay-support/visitor',
};
/** A customer known from a host page's signed identity: good for the widget, not for the wallet. */
const WIDGET_CUSTOMER_AUDIENCE = 'okpay-support/widget-customer';
const WIDGET_CUSTOMER_LIFETIME_SECONDS = 3600;
const LIFETIME_SECONDS: Record<PrincipalKind, number> = {
  agent: 12 * 3600,
  customer: 3600,
  // The widget keeps its visitor token so a conversation survives reloads for weeks.
  visitor: 30 * 24 * 3600,
};

interface TokenClaims {
  sub: string;
  aud: string;
  role?: AgentRole;
  cid?: string;
}

/** JWTs signed with HS256 only; the audience says which kind of principal a token is for. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  issue(principal: Principal): Promise<string> {
    const claims: Record<string, unknown> = {};
    if (principal.kind === 'agent') claims.role = principal.role;
    if (principal.kind === 'visitor') claims.cid = principal.conversationId;
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.signAsync(
      { ...claims, iat, exp: iat + LIFETIME_SECONDS[principal.kind] },
      { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE[principal.kind], subject: principal.id },
    );
  }

  issueWidgetCustomer(customerId: string): Promise<string> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.signAsync(
      { iat, exp: iat + WIDGET_CUSTOMER_LIFETIME_SECONDS },
      { algorithm: 'HS256', issuer: ISSUER, audience: WIDGET_CUSTOMER_AUDIENCE, subject: customerId },
    );
  }

  /** @param options.widget also accept widget-only customer tokens (only the widget's own surfaces do). */
  async verify(token: string, options: { widget?: boolean } = {}): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: [AUDIENCE.agent, AUDIENCE.customer, AUDIENCE.visitor, ...(options.widget ? [WIDGET_CUSTOMER_AUDIENCE] : [])],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch {
      throw new InvalidTokenError();
    }
    return toPrincipal(claims);
  }
}

function toPrincipal(claims: TokenClaims): Principal {
  switch (claims.aud) {
    case AUDIENCE.agent:
      if (claims.role && AGENT_ROLES.includes(claims.role)) return { kind: 'agent', id: claims.sub, role: claims.role };
      break;
    case AUDIENCE.customer:
    case WIDGET_CUSTOMER_AUDIENCE:
      return { kind: 'customer', id: claims.sub };
    case AUDIENCE.visitor:
      if (claims.cid) return { kind: 'visitor', id: claims.sub, conversationId: claims.cid };
      break;
  }
  throw new InvalidTokenError();
}
