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
  exp: number;
  nbf?: number;
  role?: AgentRole;
  cid?: string;
}

/** Tokens whose signature was checked, remembered so that a client's next requests skip the HMAC; the oldest go first. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** JWTs signed with HS256 only; the audience says which kind of principal a token is for. */
@Injectable()
export class AccessTokenService {
  private readonly verified = new Map<string, TokenClaims>();

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
    const audiences: [string, ...string[]] = [AUDIENCE.agent, AUDIENCE.customer, AUDIENCE.visitor, ...(options.widget ? [WIDGET_CUSTOMER_AUDIENCE] : [])];
    const now = Math.floor(this.clock.now().getTime() / 1000);
    // The same string has the same signature: only the time and the audience asked for can differ.
    const known = this.verified.get(token);
    if (known) {
      if (known.exp <= now || (known.nbf !== undefined && known.nbf > now) || !audiences.includes(known.aud)) throw new InvalidTokenError();
      return toPrincipal(known);
    }
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'], issuer: ISSUER, audience: audiences, clockTimestamp: now });
    } catch {
      throw new InvalidTokenError();
    }
    const principal = toPrincipal(claims);
    if (typeof claims.exp === 'number') {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
    }
    return principal;
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
