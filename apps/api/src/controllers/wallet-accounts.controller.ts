import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, MerchantDirectory, SpendingLimits } from '@okpay/wallet-core';
import { toAccountView, toMerchantView } from '../mappers/wallet.mapper';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet')
export class WalletAccountsController {
  constructor(
    private readonly overview: CustomerWalletOverviewService,
    private readonly merchants: MerchantDirectory,
    private readonly limits: SpendingLimits,
  ) {}

  @Get('accounts')
  @Authenticated('customer')
  async accounts(@CurrentPrincipal() principal: Principal) {
    return (await this.overview.wallets(principal.id)).map(toAccountView);
  }

  @Get('merchants')
  @Authenticated('customer', 'agent')
  async listMerchants() {
    return (await this.merchants.list()).map(toMerchantView);
  }

  /** The customer's tier, its limits and what is left today. */
  @Get('limits')
  @Authenticated('customer')
  myLimits(@CurrentPrincipal() principal: Principal) {
    return this.limits.usageFor(principal.id);
  }
}
