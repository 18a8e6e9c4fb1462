import { DynamicModule, Injectable, Module } from '@nestjs/common';
import { InboundMailTriage, WalletCustomerContact, WalletCustomerEmails } from '@okpay/messaging';
import { CustomerDirectory } from '@okpay/wallet-core';
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

export interface EmailPortsModuleImports {
  /** Exports `APP_CONFIG`. */
  readonly platform: DynamicModule;
  readonly wallet: DynamicModule;
  readonly bot: DynamicModule;
}

/** The messaging lib's ports, bound to the bot and the wallet's customers. */
@Module({})
export class EmailPortsModule {
  static forRoot({ platform, wallet, bot }: EmailPortsModuleImports): DynamicModule {
    return {
      module: EmailPortsModule,
      imports: [platform, wallet, bot],
      providers: [
        { provide: InboundMailTriage, useClass: BotMailTriage },
        { provide: WalletCustomerEmails, useClass: WalletCustomerEmailDirectory },
      ],
      exports: [InboundMailTriage, WalletCustomerEmails],
    };
  }
}
