import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { CustomerDirectory, CustomerRecord } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { AccessTokenService } from '../tokens/access-token.service';
import { CustomerCredentialEntity } from './customer-credential.entity';

export interface RegisterCustomerCommand {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly locale: Locale;
  /** E.164, already validated. */
  readonly phone?: string;
}

export interface AuthenticatedCustomer {
  readonly token: string;
  readonly customer: CustomerRecord;
}

@Injectable()
export class RegisterCustomerUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerDirectory,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegisterCustomerCommand): Promise<AuthenticatedCustomer> {
    // Hash outside the transaction: it is the slow part and needs no lock.
    const passwordHash = await this.passwords.hash(command.password);
    const customer = await this.dataSource.transaction(async (manager) => {
      const created = await this.customers.create(manager, command);
      await manager.insert(CustomerCredentialEntity, {
        customerId: created.id,
        passwordHash,
        updatedAt: this.clock.now(),
      });
      return created;
    });
    return { customer, token: await this.tokens.issue({ kind: 'customer', id: customer.id }) };
  }
}
