import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, IdentityVerificationService } from '@okpay/wallet-core';
import { KycSubmissionDto } from '../dto/wallet.dto';
import { toKycSubmissionView } from '../mappers/wallet.mapper';
import { KycSubmissionView, KycSubmissionViewSchema, VerificationStatusView, VerificationStatusViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

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
  @ApiAnswer({ summary: 'The calling customer\'s KYC tier and latest verification request', body: VerificationStatusViewSchema })
  async status(@CurrentPrincipal() principal: Principal): Promise<VerificationStatusView> {
    const { customer, latestKycSubmission } = await this.overview.verification(principal.id);
    return { tier: customer.kycTier, latestSubmission: latestKycSubmission ? toKycSubmissionView(latestKycSubmission) : null };
  }

  @Post('submissions')
  @ApiAnswer({ summary: 'Ask to be verified at a higher KYC tier', body: KycSubmissionViewSchema, errors: [409, 422] })
  async submit(@CurrentPrincipal() principal: Principal, @Body() body: KycSubmissionDto): Promise<KycSubmissionView> {
    return toKycSubmissionView(await this.verification.submit(principal.id, body.targetTier, body.documentType));
  }
}
