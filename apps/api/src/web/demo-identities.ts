import { Injectable } from '@nestjs/common';
import { CustomerDirectory } from '@okpay/wallet-core';
import { DEMO_CUSTOMERS } from '../seed/demo-data';

/** The demo page's "signed in" customer: the seeded one, with an identity signed as a host's server would. */
@Injectable()
export class DemoIdentities {
  constructor(private readonly customers: CustomerDirectory) {}

  async demoCustomer(): Promise<{ name: string; identity: string } | null> {
    const customer = await this.customers.findByEmail(DEMO_CUSTOMERS.chen.email);
    if (!customer) return null; // seeding is off
    // Signing needs the widget identity signer of the chat branch; until it is merged the page stays a visitor.
    return null;
  }
}
