import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ExchangeWidgetIdentityUseCase, Public } from '@okpay/auth';
import { WidgetIdentityResponse, WidgetIdentityResponseSchema } from '@okpay/contracts';
import { WidgetIdentityDto } from '../dto/chat.dto';
import { RateLimit } from '../limits/rate-limit.decorator';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

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
  @ApiAnswer({ summary: 'Trade the host page\'s signed identity for a widget-only customer token', body: WidgetIdentityResponseSchema })
  start(@Body() body: WidgetIdentityDto): Promise<WidgetIdentityResponse> {
    return this.exchange.execute(body.identity);
  }
}
