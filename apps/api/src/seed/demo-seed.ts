import { Injectable, Logger } from '@nestjs/common';
import { AgentDirectory, RegisterCustomerUseCase } from '@okpay/auth';
import { Clock } from '@okpay/shared';
import { CustomerDirectory } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { DEMO_AGENTS, DEMO_CUSTOMERS } from './demo-data';

const SEED_NAME = 'demo';

/**
 * Seeds the contract's demo data once. Each step skips what already exists, so a start that
 * died half-way finishes the job next time; the marker row makes later starts skip it all.
 */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly agents: AgentDirectory,
    private readonly customers: CustomerDirectory,
    private readonly registerCustomer: RegisterCustomerUseCase,
    private readonly clock: Clock,
  ) {}

  /** @returns whether anything was seeded. */
  async run(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One process seeds; a second one started at the same time waits, then sees the marker.
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`seed:${SEED_NAME}`]);
      const done = await runner.query('SELECT 1 FROM seed_runs WHERE name = $1', [SEED_NAME]);
      if (done.length > 0) return false;

      for (const agent of DEMO_AGENTS) {
        if (!(await this.agents.findActiveByEmail(agent.email))) await this.agents.create(agent);
      }
      for (const customer of DEMO_CUSTOMERS) {
        if (!(await this.customers.findByEmail(customer.email))) await this.registerCustomer.execute(customer);
      }
      await runner.query('INSERT INTO seed_runs (name, applied_at) VALUES ($1, $2)', [SEED_NAME, this.clock.now()]);
      this.logger.log('demo data seeded');
      return true;
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`seed:${SEED_NAME}`]).catch(() => undefined);
      await runner.release();
    }
  }
}
