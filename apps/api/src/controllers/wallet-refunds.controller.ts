import { Body, Controller, Get, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CustomerWalletOverviewService, RequestRefundUseCase } from '@okpay/wallet-core';
import { RefundRequestDto } from '../dto/wallet.dto';
import { toRefundView } from '../mappers/wallet.mapper';
import { RefundView, RefundViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

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
  @ApiAnswer({ summary: 'Ask for a refund of a payment; `expectedBy` is the last business day it should take', body: RefundViewSchema, errors: [404, 422] })
  async request(@CurrentPrincipal() principal: Principal, @Body() body: RefundRequestDto, @Headers('idempotency-key') idempotencyKey?: string): Promise<RefundView> {
    return toRefundView(await this.requestRefund.execute({ customerId: principal.id, ...body, idempotencyKey }));
  }

  @Get()
  @ApiAnswer({ summary: 'The calling customer\'s refunds', body: Type.Array(RefundViewSchema) })
  async list(@CurrentPrincipal() principal: Principal): Promise<RefundView[]> {
    return (await this.overview.refunds(principal.id)).map(toRefundView);
  }
}
