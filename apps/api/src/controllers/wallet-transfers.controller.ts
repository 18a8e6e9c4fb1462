import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { toCurrency } from '@okpay/shared';
import { SendTransferUseCase } from '@okpay/wallet-core';
import { TransferDto } from '../dto/wallet.dto';
import { toTransactionView } from '../mappers/wallet.mapper';
import { WalletTransactionView, WalletTransactionViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/transfers')
export class WalletTransfersController {
  constructor(private readonly sendTransfer: SendTransferUseCase) {}

  @Post()
  @Authenticated('customer')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'X-Device-Id', required: false })
  @ApiAnswer({ summary: 'Send money to another customer by email, across borders too', body: WalletTransactionViewSchema, errors: [404, 422] })
  async send(
    @CurrentPrincipal() principal: Principal,
    @Body() body: TransferDto,
    @Headers('idempotency-key') idempotencyKey?: string,
    @Headers('x-device-id') deviceId?: string,
  ): Promise<WalletTransactionView> {
    const amount = { amount: body.amount.amount, currency: toCurrency(body.amount.currency) };
    const transfer = await this.sendTransfer.execute({
      customerId: principal.id,
      recipientEmail: body.recipientEmail,
      amount,
      toCurrency: body.toCurrency === undefined ? amount.currency : toCurrency(body.toCurrency),
      crossBorder: body.crossBorder ?? false,
      idempotencyKey,
      deviceId: deviceId?.slice(0, 128),
    });
    return toTransactionView(transfer);
  }
}
