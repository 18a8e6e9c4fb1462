import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ExchangeWidgetIdentityUseCase, Public } from '@okpay/auth';
import { WidgetIdentityResponse } from '@okpay/contracts';
import { WidgetIdentityDto } from '../dto/chat.dto';
import { RateLimit } from '../limits/rate-limit.decorator';

@ApiTags('widget')
@Controller('widget/identities')
export class WidgetIdentitiesController {
  constructor(private readonly exchange: ExchangeWidgetIdentityUseCase) {}

  /**
   * A logged-in wallet customer's widget: the host page's server signs `customerId.expiry`
   * (HMAC-SHA256, WIDGET_IDENTITY_SECRET); this trades it for a widget-only customer token.
   */
  @Post()
  @Public()
  @RateLimit('widget_session')
  start(@Body() body: WidgetIdentityDto): Promise<WidgetIdentityResponse> {
    return this.exchange.execute(body.identity);
  }
}
