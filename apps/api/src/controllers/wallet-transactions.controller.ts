import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { CancelPendingTransactionUseCase, TransactionHistory } from '@okpay/wallet-core';
import { TransactionListQuery } from '../dto/wallet.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toTransactionView } from '../mappers/wallet.mapper';
import { WalletTransactionPageView, WalletTransactionPageViewSchema, WalletTransactionView, WalletTransactionViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('wallet')
@ApiBearerAuth()
@Controller('wallet/transactions')
@Authenticated('customer')
export class WalletTransactionsController {
  constructor(
    private readonly history: TransactionHistory,
    private readonly cancelPending: CancelPendingTransactionUseCase,
  ) {}

  /** Newest first; pass `nextCursor` back as `cursor` for the next page. */
  @Get()
  @ApiAnswer({ summary: 'The calling customer\'s transactions, newest first; pass `nextCursor` back as `cursor`', body: WalletTransactionPageViewSchema })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: TransactionListQuery): Promise<WalletTransactionPageView> {
    const page = await this.history.page(principal.id, query.cursor, query.pageSize);
    return { items: page.items.map(toTransactionView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiAnswer({ summary: 'One of your transactions', body: WalletTransactionViewSchema })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string): Promise<WalletTransactionView> {
    return toTransactionView(await this.history.findOwn(principal.id, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiAnswer({ summary: 'Cancel one of your pending transactions', body: WalletTransactionViewSchema, errors: [422] })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string): Promise<WalletTransactionView> {
    return toTransactionView(await this.cancelPending.execute(principal.id, id));
  }
}
