import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { toCurrency } from '@okpay/shared';
import {
  AdjustWalletUseCase,
  CustomerWalletOverviewService,
  IdentityVerificationService,
  LedgerReconciliation,
  ReviewRefundUseCase,
  ServiceStatusService,
  SettleBankTransferUseCase,
} from '@okpay/wallet-core';
import { ReviewDecisionDto, ServiceIncidentDto, SettleBankTransferDto, WalletAdjustmentDto } from '../dto/wallet.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toCustomerWalletView } from '../mappers/customer-wallet.mapper';
import { toKycSubmissionView, toRefundView, toServiceIncidentView, toTransactionView } from '../mappers/wallet.mapper';
import { RequestValidationError } from '@okpay/shared';
import { CustomerWalletPanelView, CustomerWalletPanelViewSchema, KycSubmissionView, KycSubmissionViewSchema, ReconciliationReportView, ReconciliationReportViewSchema, RefundView, RefundViewSchema, ServiceIncidentView, ServiceIncidentViewSchema, WalletTransactionView, WalletTransactionViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Back-office wallet calls. Every agent may read; changing money or decisions needs a role. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminWalletController {
  constructor(
    private readonly overview: CustomerWalletOverviewService,
    private readonly adjustWallet: AdjustWalletUseCase,
    private readonly reconciliation: LedgerReconciliation,
    private readonly reviewRefund: ReviewRefundUseCase,
    private readonly verification: IdentityVerificationService,
    private readonly settleBankTransfer: SettleBankTransferUseCase,
    private readonly serviceStatus: ServiceStatusService,
  ) {}

  /** The customer panel: balances, recent transactions with failure reasons, refunds, KYC; card numbers masked. */
  @Get('customers/:id/wallet')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'A customer\'s wallet panel: balances, recent and pending transactions, refunds and KYC, card numbers masked', body: CustomerWalletPanelViewSchema })
  async customerWallet(@Param('id', ResourceIdPipe) customerId: string): Promise<CustomerWalletPanelView> {
    return toCustomerWalletView(await this.overview.overview(customerId));
  }

  @Post('customers/:id/wallet/adjustments')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Credit or debit a customer\'s wallet by hand, with a reason (admins)', body: WalletTransactionViewSchema, errors: [422] })
  async adjust(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) customerId: string, @Body() body: WalletAdjustmentDto): Promise<WalletTransactionView> {
    if (body.amount === 0) throw new RequestValidationError([{ field: 'amount', code: 'not_zero', message: 'amount must not be zero' }]);
    const adjustment = await this.adjustWallet.execute({
      actorAgentId: agent.id,
      customerId,
      amount: body.amount,
      currency: toCurrency(body.currency),
      reason: body.reason,
    });
    return toTransactionView(adjustment);
  }

  @Get('wallet/reconciliation')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Check the ledger\'s invariants over the whole database (admins)', body: ReconciliationReportViewSchema })
  reconcile(): Promise<ReconciliationReportView> {
    return this.reconciliation.run();
  }

  @Post('refunds/:id/review')
  @HttpCode(200)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Approve or reject a requested refund', body: RefundViewSchema, errors: [422] })
  async reviewRefundRequest(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: ReviewDecisionDto): Promise<RefundView> {
    return toRefundView(await this.reviewRefund.execute(agent.id, id, decisionOf(body)));
  }

  @Post('kyc-submissions/:id/review')
  @HttpCode(200)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Approve or reject a pending identity verification', body: KycSubmissionViewSchema, errors: [422] })
  async reviewKyc(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: ReviewDecisionDto): Promise<KycSubmissionView> {
    return toKycSubmissionView(await this.verification.review(agent.id, id, decisionOf(body)));
  }

  @Post('topups/:id/settle')
  @HttpCode(200)
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Settle a pending bank-transfer top-up as received or failed (admins)', body: WalletTransactionViewSchema, errors: [422] })
  async settle(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: SettleBankTransferDto): Promise<WalletTransactionView> {
    return toTransactionView(await this.settleBankTransfer.execute(id, body.outcome, agent.id));
  }

  @Post('service-incidents')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Announce maintenance or an incident, titled in both languages (admins)', body: ServiceIncidentViewSchema })
  async announce(@CurrentPrincipal() agent: Principal, @Body() body: ServiceIncidentDto): Promise<ServiceIncidentView> {
    if (body.endsAt && body.endsAt <= body.startsAt) {
      throw new RequestValidationError([{ field: 'endsAt', code: 'ends_before_start', message: 'endsAt must be after startsAt' }]);
    }
    return toServiceIncidentView(await this.serviceStatus.announce(agent.id, { ...body, endsAt: body.endsAt ?? null }));
  }
}

function decisionOf(body: ReviewDecisionDto): { approve: true } | { approve: false; reason: string } {
  if (body.decision === 'approve') return { approve: true };
  if (!body.reason) throw new RequestValidationError([{ field: 'reason', code: 'required', message: 'a rejection needs a reason' }]);
  return { approve: false, reason: body.reason };
}
