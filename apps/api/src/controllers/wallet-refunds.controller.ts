import { Body, Controller, Get, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, RequestRefundUseCase } from '@okpay/wallet-core';
import { RefundRequestDto } from '../dto/wallet.dto';
import { toRefundView } from '../mappers/wallet.mapper';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/refunds')
@Authenticated('customer')
export class WalletRefundsController {
  constructor(
    private readonly requestRefund: RequestRefundUseCase,
    private readonly overview: CustomerWalletOverviewService,
  ) {}

  /** `expectedBy` is the end of the last business day the money should take, on the support calendar. */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async request(@CurrentPrincipal() principal: Principal, @Body() body: RefundRequestDto, @Headers('idempotency-key') idempotencyKey?: string) {
    return toRefundView(await this.requestRefund.execute({ customerId: principal.id, ...body, idempotencyKey }));
  }

  @Get()
  async list(@CurrentPrincipal() principal: Principal) {
    return (await this.overview.refunds(principal.id)).map(toRefundView);
  }
}
