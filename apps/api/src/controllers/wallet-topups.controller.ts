import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { toCurrency } from '@okpay/shared';
import { TopUpUseCase } from '@okpay/wallet-core';
import { TopUpDto } from '../dto/wallet.dto';
import { toTransactionView } from '../mappers/wallet.mapper';
import { WalletTransactionView, WalletTransactionViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/topups')
export class WalletTopUpsController {
  constructor(private readonly topUp: TopUpUseCase) {}

  @Post()
  @Authenticated('customer')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiAnswer({ summary: 'Top up the wallet by card or bank transfer', body: WalletTransactionViewSchema, errors: [422] })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: TopUpDto, @Headers('idempotency-key') idempotencyKey?: string): Promise<WalletTransactionView> {
    const topUp = await this.topUp.execute({
      customerId: principal.id,
      amount: { amount: body.amount.amount, currency: toCurrency(body.amount.currency) },
      method: body.method,
      card: body.card,
      idempotencyKey,
    });
    return toTransactionView(topUp);
  }
}
