import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEMO_AGENTS, DEMO_CUSTOMERS } from './demo-data';

/** Never verifies as an argon2 hash, so the password login of its account is off. */
export const DISABLED_PASSWORD_HASH = '!disabled: demo account in production';

/**
 * Provided only in production: a database seeded in development keeps its demo accounts, whose
 * passwords are public (README). At every start they are disabled before the app serves: demo
 * agents inactive (their tokens die with it, agents are re-read on each request) and demo
 * customers' passwords unusable.
 */
@Injectable()
export class DemoAccountsLockdown implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoAccountsLockdown.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const agentEmails = DEMO_AGENTS.map((agent) => agent.email);
    const customerEmails = Object.values(DEMO_CUSTOMERS).map((customer) => customer.email);
    const [, agents] = (await this.dataSource.query('UPDATE agents SET active = false WHERE email = ANY($1) AND active', [agentEmails])) as [
      unknown,
      number,
    ];
    const [, customers] = (await this.dataSource.query(
      `UPDATE customer_credentials SET password_hash = $2
       WHERE customer_id IN (SELECT id FROM customers WHERE email = ANY($1)) AND password_hash <> $2`,
      [customerEmails, DISABLED_PASSWORD_HASH],
    )) as [unknown, number];
    if (agents + customers > 0) this.logger.warn({ agents, customers }, 'demo accounts found in production: disabled');
  }
}
