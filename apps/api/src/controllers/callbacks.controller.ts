import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal, Public } from '@okpay/auth';
import { CallbackQueue, RecordCallbackAttemptUseCase, RequestCallbackUseCase } from '@okpay/routing';
import { CallbackAttemptDto, CallbackListQuery, CallbackRequestDto } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { phoneSubject } from '../limits/phone-subject';
import { RateLimit } from '../limits/rate-limit.decorator';
import { RateLimits } from '../limits/rate-limits';
import { toCallbackView, toCallbackWorkItem } from '../mappers/routing.mapper';
import { CallbackView, CallbackViewSchema, CallbackWorkItemView, CallbackWorkItemViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('callbacks')
export class CallbacksController {
  constructor(
    private readonly requestCallback: RequestCallbackUseCase,
    private readonly callbacks: CallbackQueue,
    private readonly recordAttempt: RecordCallbackAttemptUseCase,
    private readonly limits: RateLimits,
  ) {}

  /** Customers and visitors ask to be phoned; a signed-in customer's request is tied to them. */
  @Post()
  @Public()
  @RateLimit('callback_request')
  @ApiAnswer({ summary: 'Ask to be phoned back; scheduled in business hours and the caller’s daytime', body: CallbackViewSchema, errors: [409, 422] })
  async request(@CurrentPrincipal() principal: Principal | undefined, @Body() body: CallbackRequestDto): Promise<CallbackView> {
    // Whoever asks, one number is not called again and again.
    await this.limits.consume('callback_request', { phone: phoneSubject(body.phone) });
    const callback = await this.requestCallback.execute({
      ...body,
      customerId: principal?.kind === 'customer' ? principal.id : undefined,
    });
    return toCallbackView(callback);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiAnswer({ summary: 'Cancel one of your own scheduled callbacks', body: CallbackViewSchema, errors: [422] })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string): Promise<CallbackView> {
    return toCallbackView(await this.callbacks.cancel(principal.id, id));
  }

  /** The agents' callback list: priority, then first arrival. */
  @Get()
  @Authenticated('agent')
  @ApiAnswer({ summary: 'The agents\' callback list: priority, then first arrival', body: Type.Array(CallbackWorkItemViewSchema) })
  async workList(@Query() query: CallbackListQuery): Promise<CallbackWorkItemView[]> {
    return (await this.callbacks.workList(query.due === 'true')).map(toCallbackWorkItem);
  }

  @Post(':id/attempts')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Record the outcome of a call attempt', body: CallbackWorkItemViewSchema, errors: [422] })
  async attempt(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: CallbackAttemptDto): Promise<CallbackWorkItemView> {
    return toCallbackWorkItem(await this.recordAttempt.execute(agent.id, id, body.outcome));
  }
}
