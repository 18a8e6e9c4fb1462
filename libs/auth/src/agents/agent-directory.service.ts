import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgentRole } from '@okpay/contracts';
import { Clock, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AgentEmailTakenError, AgentNotFoundError } from '../auth.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { AgentEntity } from './agent.entity';
import { AgentRecord } from './agent.record';

export interface NewAgent {
  readonly email: string;
  readonly name: string;
  readonly role: AgentRole;
  readonly password: string;
}

@Injectable()
export class AgentDirectory {
  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async create(input: NewAgent): Promise<AgentRecord> {
    const agent = this.agents.create({
      id: randomUUID(),
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await this.passwords.hash(input.password),
      active: true,
      createdAt: this.clock.now(),
    });
    try {
      await this.agents.insert(agent);
    } catch (error) {
      if (isUniqueViolation(error, 'agents_email_key')) throw new AgentEmailTakenError();
      throw error;
    }
    return agent;
  }

  findActiveById(id: string): Promise<AgentRecord | null> {
    return this.agents.findOneBy({ id, active: true });
  }

  findActiveByEmail(email: string): Promise<AgentRecord | null> {
    return this.agents.findOneBy({ email: email.toLowerCase(), active: true });
  }

  async get(id: string): Promise<AgentRecord> {
    const agent = await this.agents.findOneBy({ id });
    if (!agent) throw new AgentNotFoundError();
    return agent;
  }

  /** Sets the role (and, given `active: false`, signs the agent out for good); answers the agent before and after. */
  async change(id: string, change: { readonly role?: AgentRole; readonly active?: false }): Promise<{ readonly before: AgentRecord; readonly after: AgentRecord }> {
    const before = await this.get(id);
    await this.agents.update({ id }, change);
    return { before, after: { ...before, ...change } };
  }

  list(): Promise<AgentRecord[]> {
    return this.agents.find({ order: { email: 'ASC' } });
  }

  count(): Promise<number> {
    return this.agents.count();
  }
}
