import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, StartVisitorSessionUseCase } from '@okpay/auth';
import { WidgetSessionResponse, WidgetSessionResponseSchema } from '@okpay/contracts';
import { StartWidgetSessionDto } from '../dto/auth.dto';
import { RateLimit } from '../limits/rate-limit.decorator';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('widget')
@Controller('widget/sessions')
export class WidgetSessionsController {
  constructor(private readonly startVisitorSession: StartVisitorSessionUseCase) {}

  /** An anonymous visitor's token; the widget keeps it so the conversation survives reloads. */
  @Post()
  @Public()
  @RateLimit('widget_session')
  @ApiAnswer({ summary: 'Start an anonymous visitor\'s widget session', body: WidgetSessionResponseSchema })
  start(@Body() body: StartWidgetSessionDto): Promise<WidgetSessionResponse> {
    return this.startVisitorSession.execute(body.locale ?? 'zh-CN');
  }
}
