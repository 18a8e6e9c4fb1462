import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { formatScaledDecimal, toCurrency } from '@okpay/shared';
import { Quote, quoteTopUp, quoteTransfer, RATE_DECIMALS } from '@okpay/wallet-core';
import { TopUpQuoteQuery, TransferQuoteQuery } from '../dto/quote.dto';

/** "What would this cost?" from the fee schedule; public, like a price list. */
@ApiTags('wallet')
@Controller('wallet/quotes')
@Public()
export class WalletQuotesController {
  @Get('transfer')
  transfer(@Query() query: TransferQuoteQuery) {
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
  topUp(@Query() query: TopUpQuoteQuery) {
    return toQuoteView(quoteTopUp({ amount: { amount: query.amount, currency: toCurrency(query.currency) }, method: query.method }));
  }
}

function toQuoteView(quote: Quote) {
  return {
    fee: quote.fee,
    totalDebited: quote.totalDebited,
    amountReceived: quote.amountReceived,
    exchangeRate: { from: quote.rate.from, to: quote.rate.to, rate: formatScaledDecimal(quote.rate.scaledRate, RATE_DECIMALS) },
  };
}
