import { Injectable } from '@nestjs/common';
import { WidgetIdentitySigner } from '@okpay/auth';
import { CustomerDirectory } from '@okpay/wallet-core';
import { DEMO_CUSTOMERS } from './demo-data';

/**
 * For the /demo host page's server side: the signed widget identity of the demo customer, as
 * OKPay's own site would sign it for a logged-in user. Null when the demo data is not seeded.
 * Provided only outside production, with its own signer (see `ApiModule`): in production nothing
 * in this app can sign a customer identity.
 */
@Injectable()
export class DemoWidgetIdentity {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly signer: WidgetIdentitySigner,
  ) {}

  async forDemoCustomer(): Promise<{ identity: string; customerId: string } | null> {
    const customer = await this.customers.findByEmail(DEMO_CUSTOMERS.chen.email);
    return customer ? { identity: this.signer.sign(customer.id), customerId: customer.id } : null;
  }
}
