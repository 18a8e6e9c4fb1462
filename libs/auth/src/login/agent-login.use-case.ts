import { Injectable } from '@nestjs/common';
import { AgentDirectory } from '../agents/agent-directory.service';
import { InvalidCredentialsError } from '../auth.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { AccessTokenService } from '../tokens/access-token.service';
import { LoginThrottle } from './login-throttle.service';
import { AgentRecord } from '../agents/agent.record';

export interface LoginCommand {
  readonly email: string;
  readonly password: string;
  readonly clientIp: string;
}

export interface AuthenticatedAgent {
  readonly token: string;
  readonly agent: AgentRecord;
}

@Injectable()
export class AgentLoginUseCase {
  constructor(
    private readonly agents: AgentDirectory,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AccessTokenService,
  ) {}

  async execute(command: LoginCommand): Promise<AuthenticatedAgent> {
    const { result: agent } = await this.throttle.attempt(
      { principalKind: 'agent', email: command.email, clientIp: command.clientIp },
      async () => {
        const found = await this.agents.findActiveByEmail(command.email);
        return (await this.passwords.verify(found?.passwordHash, command.password)) ? found : null;
      },
    );
    if (!agent) throw new InvalidCredentialsError();
    return { agent, token: await this.tokens.issue({ kind: 'agent', id: agent.id, role: agent.role }) };
  }
}
