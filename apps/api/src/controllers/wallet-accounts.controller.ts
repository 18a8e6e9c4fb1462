import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, MerchantDirectory, SpendingLimits } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { toAccountView, toMerchantView } from '../mappers/wallet.mapper';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet')
export class WalletAccountsController {
  constructor(
    private readonly overview: CustomerWalletOverviewService,
    private readonly merchants: MerchantDirectory,
    private readonly limits: SpendingLimits,
    private readonly dataSource: DataSource,
  ) {}

  @Get('accounts')
  @Authenticated('customer')
  async accounts(@CurrentPrincipal() principal: Principal) {
    return (await this.overview.overview(principal.id)).wallets.map(toAccountView);
  }

  @Get('merchants')
  @Authenticated('customer', 'agent')
  async listMerchants() {
    return (await this.merchants.list()).map(toMerchantView);
  }

  /** The customer's tier, its limits and what is left today. */
  @Get('limits')
  @Authenticated('customer')
  async myLimits(@CurrentPrincipal() principal: Principal) {
    const { customer } = await this.overview.overview(principal.id);
    const usage = await this.limits.usage(this.dataSource.manager, customer);
    return { tier: customer.kycTier, limits: usage };
  }
}
