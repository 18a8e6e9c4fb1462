import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, IdentityVerificationService } from '@okpay/wallet-core';
import { KycSubmissionDto } from '../dto/wallet.dto';
import { toKycSubmissionView } from '../mappers/wallet.mapper';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/verification')
@Authenticated('customer')
export class WalletVerificationController {
  constructor(
    private readonly verification: IdentityVerificationService,
    private readonly overview: CustomerWalletOverviewService,
  ) {}

  @Get()
  async status(@CurrentPrincipal() principal: Principal) {
    const { customer, latestKycSubmission } = await this.overview.verification(principal.id);
    return { tier: customer.kycTier, latestSubmission: latestKycSubmission ? toKycSubmissionView(latestKycSubmission) : null };
  }

  @Post('submissions')
  async submit(@CurrentPrincipal() principal: Principal, @Body() body: KycSubmissionDto) {
    return toKycSubmissionView(await this.verification.submit(principal.id, body.targetTier, body.documentType));
  }
}
