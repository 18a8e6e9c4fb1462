import { Global, Injectable, Module } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { InboundMailTriage, MailTriage, WalletCustomerContact, WalletCustomerEmails } from '@okpay/messaging';
import { CustomerDirectory, WalletCoreModule } from '@okpay/wallet-core';

/** Until the bot is bound here, new mail is not classified: default category and priority, no article. */
@Injectable()
export class UnclassifiedMailTriage extends InboundMailTriage {
  async triage(_text: string, _locale: Locale): Promise<MailTriage | null> {
    return null;
  }
}

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
  imports: [WalletCoreModule],
  providers: [
    { provide: InboundMailTriage, useClass: UnclassifiedMailTriage },
    { provide: WalletCustomerEmails, useClass: WalletCustomerEmailDirectory },
  ],
  exports: [InboundMailTriage, WalletCustomerEmails],
})
export class EmailPortsModule {}
