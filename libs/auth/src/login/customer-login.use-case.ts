import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CustomerDirectory, CustomerLoginLock } from '@okpay/wallet-core';
import { Repository } from 'typeorm';
import { InvalidCredentialsError } from '../auth.errors';
import { CustomerCredentialEntity } from '../customers/customer-credential.entity';
import { AuthenticatedCustomer } from '../customers/register-customer.use-case';
import { PasswordHasher } from '../passwords/password-hasher';
import { AccessTokenService } from '../tokens/access-token.service';
import { LoginCommand } from './agent-login.use-case';
import { LoginThrottle } from './login-throttle.service';

@Injectable()
export class CustomerLoginUseCase {
  constructor(
    private readonly customers: CustomerDirectory,
    @InjectRepository(CustomerCredentialEntity) private readonly credentials: Repository<CustomerCredentialEntity>,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AccessTokenService,
    private readonly lock: CustomerLoginLock,
  ) {}

  async execute(command: LoginCommand): Promise<AuthenticatedCustomer> {
    const customer = await this.throttle.attempt(
      { principalKind: 'customer', email: command.email, clientIp: command.clientIp },
      async (manager) => {
        const found = await this.customers.findByEmail(command.email);
        if (found) this.lock.assertNotLocked(found);
        const credential = found ? await this.credentials.findOneBy({ customerId: found.id }) : null;
        const verified = await this.passwords.verify(credential?.passwordHash, command.password);
        if (found) await (verified ? this.lock.recordSuccess(manager, found.id) : this.lock.recordFailure(manager, found.id));
        return verified ? found : null;
      },
    );
    if (!customer) throw new InvalidCredentialsError();
    return { customer, token: await this.tokens.issue({ kind: 'customer', id: customer.id }) };
  }
}
