import { Body, Controller, HttpCode, Post, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy, CurrentPrincipal, Principal } from '@okpay/auth';
import { ChatTranscriptView, ChatTranscriptViewSchema } from '@okpay/contracts';
import { ChatTranscripts } from '@okpay/messaging';
import { ConversationNotFoundError, Conversations } from '@okpay/tickets';
import { ChatTranscriptDto } from '../dto/chat.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { RateLimit } from '../limits/rate-limit.decorator';
import { TranscriptRecipient } from '../transcripts/transcript-recipient';

/** Customers and visitors with a widget token, each for their own conversation. */
const WidgetCallers = () => SetMetadata(ACCESS_POLICY, { kinds: ['customer', 'visitor'], widget: true } satisfies AccessPolicy);

@ApiTags('widget')
@ApiBearerAuth()
@Controller('widget/transcript')
@WidgetCallers()
export class WidgetTranscriptController {
  constructor(
    private readonly conversations: Conversations,
    private readonly recipient: TranscriptRecipient,
    private readonly transcripts: ChatTranscripts,
  ) {}

  /** "Email me this chat": queued for the outbound mail job; asked again, nothing more is sent. */
  @Post()
  @HttpCode(202)
  @RateLimit('transcript_request')
  @ApiAnswer({ summary: 'Email the caller their chat (once per address)', body: ChatTranscriptViewSchema, errors: [404, 422] })
  async request(@CurrentPrincipal() principal: Principal, @Body() body: ChatTranscriptDto): Promise<ChatTranscriptView> {
    const conversation = await this.conversations.get(body.conversationId);
    const own = principal.kind === 'visitor' ? conversation.visitorId === principal.id && conversation.id === principal.conversationId : conversation.customerId === principal.id;
    // Someone else's chat is answered exactly as one that does not exist.
    if (!own) throw new ConversationNotFoundError();
    const address = await this.recipient.addressFor(conversation, body.email);
    const created = await this.transcripts.request({ conversation, address, timeZone: body.timeZone ?? null });
    return { address, alreadyRequested: !created };
  }
}
