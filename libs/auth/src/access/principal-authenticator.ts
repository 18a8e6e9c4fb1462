import { Injectable } from '@nestjs/common';
import { AgentDirectory } from '../agents/agent-directory.service';
import { AccessDeniedError, InvalidTokenError, MissingTokenError } from '../auth.errors';
import { Principal } from '../principal';
import { AccessTokenService } from '../tokens/access-token.service';
import { AccessPolicy } from './access-policy';

/**
 * The one check behind HTTP guards and socket handshakes: token → principal → policy.
 * Agents are re-read from the database so a disabled agent or a changed role takes effect at once.
 */
@Injectable()
export class PrincipalAuthenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly agents: AgentDirectory,
  ) {}

  async authenticate(token: string | undefined, policy: AccessPolicy): Promise<Principal | undefined> {
    if (!token) {
      if (policy.anonymous) return undefined;
      throw new MissingTokenError();
    }
    let principal = await this.tokens.verify(token, { widget: policy.widget });
    if (principal.kind === 'agent') {
      const agent = await this.agents.findActiveById(principal.id);
      if (!agent) throw new InvalidTokenError();
      principal = { kind: 'agent', id: agent.id, role: agent.role };
    }
    if (!policy.kinds.includes(principal.kind)) throw new AccessDeniedError();
    if (principal.kind === 'agent' && policy.roles && !policy.roles.includes(principal.role)) {
      throw new AccessDeniedError();
    }
    return principal;
  }
}

/** `Authorization: Bearer <token>` → the token. */
export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
