import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, MerchantDirectory, SpendingLimits } from '@okpay/wallet-core';
import { toAccountView, toMerchantView } from '../mappers/wallet.mapper';
import { AccountView, AccountViewSchema, MerchantView, MerchantViewSchema, SpendingLimitsView, SpendingLimitsViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

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
  @ApiAnswer({ summary: 'The calling customer\'s wallets, one per currency', body: Type.Array(AccountViewSchema) })
  async accounts(@CurrentPrincipal() principal: Principal): Promise<AccountView[]> {
    return (await this.overview.wallets(principal.id)).map(toAccountView);
  }

  @Get('merchants')
  @Authenticated('customer', 'agent')
  @ApiAnswer({ summary: 'Merchants a customer can pay', body: Type.Array(MerchantViewSchema) })
  async listMerchants(): Promise<MerchantView[]> {
    return (await this.merchants.list()).map(toMerchantView);
  }

  /** The customer's tier, its limits and what is left today. */
  @Get('limits')
  @Authenticated('customer')
  @ApiAnswer({ summary: 'The calling customer\'s KYC tier, its limits and what is left today', body: SpendingLimitsViewSchema })
  myLimits(@CurrentPrincipal() principal: Principal): Promise<SpendingLimitsView> {
    return this.limits.usageFor(principal.id);
  }
}
