import { Injectable, Logger } from '@nestjs/common';
import { AgentDirectory, RegisterCustomerUseCase } from '@okpay/auth';
import { Clock, Currency } from '@okpay/shared';
import {
  CustomerDirectory,
  IdentityVerificationService,
  MakePaymentUseCase,
  MerchantDirectory,
  MerchantRecord,
  RequestRefundUseCase,
  SendTransferUseCase,
  TopUpUseCase,
} from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { DEMO_AGENTS, DEMO_CUSTOMERS, DEMO_MERCHANTS, DemoCustomer } from './demo-data';

const SEED_NAME = 'demo';
const cny = (amount: number) => ({ amount, currency: 'CNY' as Currency });

/**
 * Seeds the demo data once, into an empty database, through the same use cases customers use:
 * balances, failures and pending items are real. The marker row makes later starts skip it.
 */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly agents: AgentDirectory,
    private readonly customers: CustomerDirectory,
    private readonly registerCustomer: RegisterCustomerUseCase,
    private readonly merchants: MerchantDirectory,
    private readonly topUp: TopUpUseCase,
    private readonly pay: MakePaymentUseCase,
    private readonly transfer: SendTransferUseCase,
    private readonly refund: RequestRefundUseCase,
    private readonly verification: IdentityVerificationService,
    private readonly clock: Clock,
  ) {}

  /** @returns whether anything was seeded. */
  async run(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One process seeds; a second one started at the same time waits, then sees the marker,
      // however long seeding takes (past the pool's lock_timeout, meant for requests).
      await runner.query('SET lock_timeout = 0');
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`seed:${SEED_NAME}`]);
      const done = await runner.query('SELECT 1 FROM seed_runs WHERE name = $1', [SEED_NAME]);
      if (done.length > 0) return false;
      const empty = await runner.query('SELECT 1 FROM agents UNION ALL SELECT 1 FROM customers LIMIT 1');
      if (empty.length === 0) await this.seed();
      await runner.query('INSERT INTO seed_runs (name, applied_at) VALUES ($1, $2)', [SEED_NAME, this.clock.now()]);
      if (empty.length === 0) this.logger.log('demo data seeded');
      return empty.length === 0;
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`seed:${SEED_NAME}`]).catch(() => undefined);
      await runner.query('RESET lock_timeout').catch(() => undefined);
      await runner.release();
    }
  }

  private async seed(): Promise<void> {
    for (const agent of DEMO_AGENTS) await this.agents.create(agent);
    const m = {
      coffee: await this.merchants.create(DEMO_MERCHANTS.coffee),
      grocery: await this.merchants.create(DEMO_MERCHANTS.grocery),
      electronics: await this.merchants.create(DEMO_MERCHANTS.electronics),
      travel: await this.merchants.create(DEMO_MERCHANTS.travel),
      cinema: await this.merchants.create(DEMO_MERCHANTS.cinema),
    };
    const chen = await this.customer(DEMO_CUSTOMERS.chen);
    const lily = await this.customer(DEMO_CUSTOMERS.lily);
    const zhang = await this.customer(DEMO_CUSTOMERS.zhang);
    const wang = await this.customer(DEMO_CUSTOMERS.wang);

    // 陈小明: ¥1,000 card top-up; coffee ¥120.50; groceries ¥299 with a refund under way;
    // electronics ¥1,500 refused for insufficient funds; a ¥500 bank transfer still pending.
    await this.topUp.execute({ customerId: chen, amount: cny(100_000), method: 'card', card: card('6222021234567890128') });
    await this.payment(chen, m.coffee, 12_050);
    const groceries = await this.payment(chen, m.grocery, 29_900);
    await this.refund.execute({ customerId: chen, transactionId: groceries, reason: '商品破损，已退货 (damaged goods, returned)' });
    await this.payment(chen, m.electronics, 150_000);
    await this.topUp.execute({ customerId: chen, amount: cny(50_000), method: 'bank_transfer' });

    // Lily: a declined card, then a working one; a ¥800 payment over the unverified ¥500 limit; verification pending.
    await this.topUp.execute({ customerId: lily, amount: cny(30_000), method: 'card', card: card('4000000000000002') });
    await this.topUp.execute({ customerId: lily, amount: cny(30_000), method: 'card', card: card('4111111111111111') });
    await this.payment(lily, m.coffee, 80_000);
    await this.payment(lily, m.cinema, 6_000);
    await this.verification.submit(lily, 'basic', 'passport');

    // 张敏: ¥20,000 topped up; ¥3,000 to a new merchant from a new phone held for risk review;
    // ¥1,000 sent to Lily abroad, pending settlement.
    await this.topUp.execute({ customerId: zhang, amount: cny(2_000_000), method: 'card', card: card('5500000000000004') });
    await this.pay.execute({ customerId: zhang, merchantId: m.travel.id, amount: cny(300_000), deviceId: 'new-phone-7f3a' });
    await this.transfer.execute({
      customerId: zhang,
      recipientEmail: DEMO_CUSTOMERS.lily.email,
      amount: cny(100_000),
      toCurrency: 'USD',
      crossBorder: true,
    });

    // 王伟: frozen after a suspicious sign-in; a payment refused as account_frozen.
    await this.topUp.execute({ customerId: wang, amount: cny(20_000), method: 'card', card: card('4111111111111111') });
    await this.customers.freeze(wang, 'suspicious_login');
    await this.payment(wang, m.grocery, 5_000);
  }

  private async customer(demo: DemoCustomer): Promise<string> {
    const { customer } = await this.registerCustomer.execute(demo);
    await this.customers.setKycTier(customer.id, demo.tier);
    return customer.id;
  }

  private async payment(customerId: string, merchant: MerchantRecord, amount: number): Promise<string> {
    return (await this.pay.execute({ customerId, merchantId: merchant.id, amount: cny(amount) })).id;
  }
}

function card(number: string) {
  return { number, expiryMonth: 12, expiryYear: 2030 };
}
