import { Injectable } from '@nestjs/common';
import { WidgetIdentitySigner } from '@okpay/auth';
import { CustomerDirectory } from '@okpay/wallet-core';
import { DEMO_CUSTOMERS } from '../seed/demo-data';

/** The demo page's "signed in" customer: the seeded one, with an identity signed here as a host's server would. */
@Injectable()
export class DemoIdentities {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly signer: WidgetIdentitySigner,
  ) {}

  async demoCustomer(): Promise<{ name: string; identity: string } | null> {
    const customer = await this.customers.findByEmail(DEMO_CUSTOMERS.chen.email);
    if (!customer) return null; // seeding is off: the page stays a visitor
    return { name: customer.name, identity: this.signer.sign(customer.id) };
  }
}
