import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CustomerDirectory, CustomerLoginStatus } from '@okpay/wallet-core';
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
    private readonly loginStatus: CustomerLoginStatus,
  ) {}

  async execute(command: LoginCommand): Promise<AuthenticatedCustomer> {
    // Set once the email names a customer, whose sign-in state support sees.
    let customerId: string | undefined;
    const { result: customer, account } = await this.throttle.attempt(
      { principalKind: 'customer', email: command.email, clientIp: command.clientIp },
      async () => {
        const found = await this.customers.findByEmail(command.email);
        customerId = found?.id;
        const credential = found ? await this.credentials.findOneBy({ customerId: found.id }) : null;
        return (await this.passwords.verify(credential?.passwordHash, command.password)) ? found : null;
      },
    );
    if (customerId !== undefined) await this.loginStatus.record(customerId, account);
    if (!customer) throw new InvalidCredentialsError();
    return { customer, token: await this.tokens.issue({ kind: 'customer', id: customer.id }) };
  }
}
