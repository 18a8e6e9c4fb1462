import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { CustomerDirectory } from '@okpay/wallet-core';
import { InvalidWidgetIdentityError } from '../auth.errors';
import { AccessTokenService } from '../tokens/access-token.service';
import { verifyWidgetIdentity } from './widget-identity';

/** Injection token of the HMAC secret host pages sign widget identities with. */
export const WIDGET_IDENTITY_SECRET = Symbol('WIDGET_IDENTITY_SECRET');

export interface WidgetCustomerSession {
  readonly token: string;
  readonly customerId: string;
}

/** A host page's signed identity → a customer token that only the widget surfaces accept. */
@Injectable()
export class ExchangeWidgetIdentityUseCase {
  constructor(
    @Inject(WIDGET_IDENTITY_SECRET) private readonly secret: string,
    private readonly customers: CustomerDirectory,
    private readonly tokens: AccessTokenService,
    private readonly clock: Clock,
  ) {}

  async execute(identity: string): Promise<WidgetCustomerSession> {
    const customerId = verifyWidgetIdentity(this.secret, identity, this.clock.now());
    if (!(await this.customers.findById(customerId))) throw new InvalidWidgetIdentityError();
    return { token: await this.tokens.issueWidgetCustomer(customerId), customerId };
  }
}
