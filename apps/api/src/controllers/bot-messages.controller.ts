import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public } from '@okpay/auth';
import { BotConversations } from '@okpay/bot';
import { BotMessageResponse, BotMessageResponseSchema } from '@okpay/contracts';
import { BotMessageBody, BotMessageDto } from '../dto/bot.dto';
import { BotMessageBodyPipe } from '../dto/bot-message-body.pipe';
import { RateLimit } from '../limits/rate-limit.decorator';
import { toBotMessageResponse } from '../mappers/bot.mapper';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('bot')
@Controller('bot/messages')
export class BotMessagesController {
  constructor(private readonly bot: BotConversations) {}

  /**
   * Anyone may ask; only a signed-in customer's answers use their account. A visitor token ties the
   * conversation to the widget's; an agent gets the same answers as a visitor.
   */
  @Post()
  @HttpCode(200)
  @Public()
  @RateLimit('bot_message')
  @ApiBody({ type: BotMessageDto })
  @ApiAnswer({ summary: 'Ask the bot: its answer, the intent it understood and any handoff to a person', body: BotMessageResponseSchema })
  async send(@CurrentPrincipal() principal: Principal | undefined, @Body(BotMessageBodyPipe) body: BotMessageBody): Promise<BotMessageResponse> {
    const visitor = principal?.kind === 'visitor' ? principal : undefined;
    const turn = await this.bot.reply({
      text: body.text,
      locale: body.locale,
      conversationId: body.conversationId ?? visitor?.conversationId,
      customerId: principal?.kind === 'customer' ? principal.id : undefined,
      visitorId: visitor?.id,
      adoptConversation: visitor !== undefined && (body.conversationId ?? visitor.conversationId) === visitor.conversationId,
      channel: 'api',
    });
    return toBotMessageResponse(turn);
  }
}
