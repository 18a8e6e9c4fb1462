import { Global, Injectable, Module } from '@nestjs/common';
import { BotModule } from '@okpay/bot';
import { InboundMailTriage, WalletCustomerContact, WalletCustomerEmails } from '@okpay/messaging';
import { CustomerDirectory, WalletCoreModule } from '@okpay/wallet-core';
import { BotMailTriage } from './bot-mail-triage';

/** A sender is linked to the wallet customer registered with that address. */
@Injectable()
export class WalletCustomerEmailDirectory extends WalletCustomerEmails {
  constructor(private readonly customers: CustomerDirectory) {
    super();
  }

  async findByEmail(email: string): Promise<WalletCustomerContact | null> {
    const customer = await this.customers.findByEmail(email);
    return customer ? { id: customer.id, name: customer.name, locale: customer.locale } : null;
  }
}

/** Provides the messaging lib's ports from the rest of the app, for every module. */
@Global()
@Module({
  imports: [WalletCoreModule, BotModule],
  providers: [
    { provide: InboundMailTriage, useClass: BotMailTriage },
    { provide: WalletCustomerEmails, useClass: WalletCustomerEmailDirectory },
  ],
  exports: [InboundMailTriage, WalletCustomerEmails],
})
export class EmailPortsModule {}
