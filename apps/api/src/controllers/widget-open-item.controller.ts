import { Controller, Get, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy, CurrentPrincipal, Principal } from '@okpay/auth';
import { WidgetOpenItemView, WidgetOpenItemViewSchema } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { CustomerWalletOverviewService } from '@okpay/wallet-core';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { openItemOf } from '../open-items/open-item';

/** Signed-in customers through the widget only: a visitor has no wallet to speak of. */
const WidgetCustomers = () => SetMetadata(ACCESS_POLICY, { kinds: ['customer'], widget: true } satisfies AccessPolicy);

@ApiTags('widget')
@ApiBearerAuth()
@Controller('widget/open-item')
@WidgetCustomers()
export class WidgetOpenItemController {
  constructor(
    private readonly wallets: CustomerWalletOverviewService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiAnswer({ summary: 'The one open matter the widget names on open: a payment failed today, a refund or a transfer under way', body: WidgetOpenItemViewSchema })
  async openItem(@CurrentPrincipal() customer: Principal): Promise<WidgetOpenItemView> {
    return openItemOf(await this.wallets.overview(customer.id), this.clock.now());
  }
}
