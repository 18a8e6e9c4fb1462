import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { formatScaledDecimal, toCurrency } from '@okpay/shared';
import { Quote, quoteTopUp, quoteTransfer, RATE_DECIMALS } from '@okpay/wallet-core';
import { TopUpQuoteQuery, TransferQuoteQuery } from '../dto/quote.dto';
import { QuoteView, QuoteViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** "What would this cost?" from the fee schedule; public, like a price list. */
@ApiTags('wallet')
@Controller('wallet/quotes')
@Public()
export class WalletQuotesController {
  @Get('transfer')
  @ApiAnswer({ summary: 'What a transfer would cost: fee, total debited, amount received and the rate', body: QuoteViewSchema, errors: [422] })
  transfer(@Query() query: TransferQuoteQuery): QuoteView {
    const currency = toCurrency(query.currency);
    return toQuoteView(
      quoteTransfer({
        amount: { amount: query.amount, currency },
        toCurrency: query.toCurrency ? toCurrency(query.toCurrency) : currency,
        crossBorder: query.crossBorder ?? false,
      }),
    );
  }

  @Get('topup')
  @ApiAnswer({ summary: 'What a top-up would cost: fee, total charged and amount credited', body: QuoteViewSchema, errors: [422] })
  topUp(@Query() query: TopUpQuoteQuery): QuoteView {
    return toQuoteView(quoteTopUp({ amount: { amount: query.amount, currency: toCurrency(query.currency) }, method: query.method }));
  }
}

function toQuoteView(quote: Quote): QuoteView {
  return {
    fee: quote.fee,
    totalDebited: quote.totalDebited,
    amountReceived: quote.amountReceived,
    exchangeRate: { from: quote.rate.from, to: quote.rate.to, rate: formatScaledDecimal(quote.rate.scaledRate, RATE_DECIMALS) },
  };
}
