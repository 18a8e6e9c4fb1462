import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { toCurrency } from '@okpay/shared';
import { MakePaymentUseCase } from '@okpay/wallet-core';
import { PaymentDto } from '../dto/wallet.dto';
import { toTransactionView } from '../mappers/wallet.mapper';
import { WalletTransactionView, WalletTransactionViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/payments')
export class WalletPaymentsController {
  constructor(private readonly makePayment: MakePaymentUseCase) {}

  /** 201 even when refused: the attempt is recorded with its `failureCode`. */
  @Post()
  @Authenticated('customer')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'X-Device-Id', required: false })
  @ApiAnswer({ summary: 'Pay a merchant; 201 even when refused, with the `failureCode`', body: WalletTransactionViewSchema, errors: [404, 422] })
  async pay(
    @CurrentPrincipal() principal: Principal,
    @Body() body: PaymentDto,
    @Headers('idempotency-key') idempotencyKey?: string,
    @Headers('x-device-id') deviceId?: string,
  ): Promise<WalletTransactionView> {
    const payment = await this.makePayment.execute({
      customerId: principal.id,
      merchantId: body.merchantId,
      amount: { amount: body.amount.amount, currency: toCurrency(body.amount.currency) },
      idempotencyKey,
      deviceId: deviceId?.slice(0, 128),
    });
    return toTransactionView(payment);
  }
}
