import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Locale } from '@okpay/contracts';
import { entityFromJson, preparedQuery } from '@okpay/database';
import { Clock, isUniqueViolation, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { KycTier } from '../pricing';
import { CustomerEntity } from './customer.entity';
import { EmailAlreadyRegisteredError } from './customer.errors';
import { CustomerRecord } from './customer.record';

export interface NewCustomer {
  readonly email: string;
  readonly name: string;
  readonly locale: Locale;
  /** E.164, already validated. */
  readonly phone?: string;
}

@Injectable()
export class CustomerDirectory {
  constructor(
    @InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>,
    private readonly accounts: AccountDirectory,
    private readonly clock: Clock,
  ) {}

  /** Creates the customer and their wallets inside the caller's transaction, so credentials and wallets exist with it or not at all. */
  async create(manager: EntityManager, input: NewCustomer): Promise<CustomerRecord> {
    const customer = manager.create(CustomerEntity, {
      id: randomUUID(),
      email: input.email.toLowerCase(),
      name: maskSensitiveText(input.name),
      locale: input.locale,
      phone: input.phone ?? null,
      kycTier: 'unverified',
      twoFactorEnabled: false,
      frozenAt: null,
      frozenReason: null,
      failedLoginCount: 0,
      lockedUntil: null,
      createdAt: this.clock.now(),
    });
    try {
      await manager.insert(CustomerEntity, customer);
    } catch (error) {
      if (isUniqueViolation(error, 'customers_email_key')) throw new EmailAlreadyRegisteredError();
      throw error;
    }
    await this.accounts.openCustomerWallets(manager, customer.id);
    return customer;
  }

  /** A frozen wallet can neither pay nor send money; support sees the reason. */
  async freeze(id: string, reason: string): Promise<void> {
    await this.customers.update({ id }, { frozenAt: this.clock.now(), frozenReason: reason });
  }

  async setKycTier(id: string, tier: KycTier): Promise<void> {
    await this.customers.update({ id }, { kycTier: tier });
  }

  findById(id: string): Promise<CustomerRecord | null> {
    return this.customers.findOneBy({ id });
  }

  /** Those of `ids` that exist, in one query; no order. */
  findByIds(ids: readonly string[]): Promise<CustomerRecord[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.customers.findBy({ id: In([...ids]) });
  }

  /**
   * Prepared, without TypeORM's query builder: every inbound mail looks its sender up here, and
   * building the query cost more than running it. The row comes as JSON and is hydrated from the
   * entity's own column mapping, so no column list here can fall behind the entity.
   */
  async findByEmail(email: string): Promise<CustomerRecord | null> {
    const dataSource = this.customers.manager.connection;
    const [found] = await preparedQuery<{ row: Record<string, unknown> }>(
      dataSource,
      'customers.by-email',
      `SELECT to_jsonb(c) AS row FROM customers c WHERE email = $1`,
      [email.toLowerCase()],
    );
    return found ? entityFromJson(dataSource, CustomerEntity, found.row) : null;
  }
}
