import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Locale } from '@okpay/contracts';
import { Clock, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { CustomerEntity } from './customer.entity';
import { EmailAlreadyRegisteredError } from './customer.errors';

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
    private readonly clock: Clock,
  ) {}

  /** Creates the customer inside the caller's transaction, so credentials and wallet open with it or not at all. */
  async create(manager: EntityManager, input: NewCustomer): Promise<CustomerEntity> {
    const customer = manager.create(CustomerEntity, {
      id: randomUUID(),
      email: input.email.toLowerCase(),
      name: input.name,
      locale: input.locale,
      phone: input.phone ?? null,
      createdAt: this.clock.now(),
    });
    try {
      await manager.insert(CustomerEntity, customer);
    } catch (error) {
      if (isUniqueViolation(error, 'customers_email_key')) throw new EmailAlreadyRegisteredError();
      throw error;
    }
    return customer;
  }

  findById(id: string): Promise<CustomerEntity | null> {
    return this.customers.findOneBy({ id });
  }

  findByEmail(email: string): Promise<CustomerEntity | null> {
    return this.customers.findOneBy({ email: email.toLowerCase() });
  }
}
