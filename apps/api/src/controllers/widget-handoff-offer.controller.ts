import { Controller, Get, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy, CurrentPrincipal, Principal } from '@okpay/auth';
import { HandoffOfferView, HandoffOfferViewSchema } from '@okpay/contracts';
import { Conversations } from '@okpay/tickets';
import { HandoffOffers } from '../handoff-offers/handoff-offers';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Customers and visitors with a widget token, each for their own conversation. */
const WidgetCallers = () => SetMetadata(ACCESS_POLICY, { kinds: ['customer', 'visitor'], widget: true } satisfies AccessPolicy);

@ApiTags('widget')
@ApiBearerAuth()
@Controller('widget/handoff-offer')
@WidgetCallers()
export class WidgetHandoffOfferController {
  constructor(
    private readonly offers: HandoffOffers,
    private readonly conversations: Conversations,
  ) {}

  @Get()
  @ApiAnswer({ summary: 'What the widget offered when no person could come (leave a message, a call back) and what came of it', body: HandoffOfferViewSchema })
  async offer(@CurrentPrincipal() principal: Principal): Promise<HandoffOfferView> {
    const owner = principal.kind === 'visitor' ? { kind: 'visitor' as const, id: principal.id, conversationId: principal.conversationId } : { kind: 'customer' as const, id: principal.id };
    return this.offers.of((await this.conversations.forOwner(owner, 'zh-CN')).id);
  }
}
