import { Body, Controller, Get, Header, Param, Post, Query, Res, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy, CurrentPrincipal, Principal } from '@okpay/auth';
import { ApiErrorCode, AttachmentView, AttachmentViewSchema } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import { ChatAttachments, Conversations } from '@okpay/tickets';
import { FastifyReply } from 'fastify';
import { AttachmentUploadQuery } from '../dto/chat.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toAttachmentView } from '../mappers/chat-message.mapper';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Agents, customers and visitors (widget tokens too): each within the conversations they may see. */
const ChatParticipants = () => SetMetadata(ACCESS_POLICY, { kinds: ['agent', 'customer', 'visitor'], widget: true } satisfies AccessPolicy);

/**
 * Files in chats. Upload the bytes as `application/octet-stream` (at most 10 MB); the type is
 * decided from the content (PNG, JPEG, GIF, WebP, PDF), then send a `message:send` with the id.
 */
@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat/attachments')
@ChatParticipants()
export class ChatAttachmentsController {
  constructor(
    private readonly attachments: ChatAttachments,
    private readonly conversations: Conversations,
  ) {}

  @Post()
  @ApiAnswer({ summary: 'Upload a file to the caller\'s chat (raw bytes, at most 10 MB; PNG, JPEG, GIF, WebP or PDF)', body: AttachmentViewSchema })
  async upload(@CurrentPrincipal() principal: Principal, @Query() query: AttachmentUploadQuery, @Body() body: unknown): Promise<AttachmentView> {
    if (!Buffer.isBuffer(body)) throw new DomainError<ApiErrorCode>('unsupported_media_type', 'Send the file as application/octet-stream.');
    const conversationId = await this.conversationOf(principal, query.conversationId);
    const attachment = await this.attachments.store({
      conversationId,
      uploader: { type: principal.kind === 'agent' ? 'agent' : 'customer', id: principal.id },
      fileName: query.fileName,
      content: body,
    });
    return toAttachmentView(attachment);
  }

  @Get(':id')
  @Header('x-content-type-options', 'nosniff')
  @Header('content-security-policy', "sandbox; default-src 'none'")
  @ApiAnswer({ summary: 'Download a chat attachment from a conversation the caller may see', body: 'binary' })
  async download(@CurrentPrincipal() principal: Principal, @Param('id', ResourceIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const conversationId = principal.kind === 'agent' ? await this.attachmentConversation(id) : await this.conversationOf(principal);
    const attachment = await this.attachments.content(conversationId, id);
    const disposition = attachment.contentType === 'application/pdf' ? 'attachment' : 'inline';
    void reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
    return attachment.data;
  }

  /** A customer's or visitor's own conversation; for an agent, the one they name. */
  private async conversationOf(principal: Principal, named?: string): Promise<string> {
    if (principal.kind === 'agent') {
      if (!named) throw new DomainError<ApiErrorCode>('conversation_required', 'Agents name the conversation (conversationId).');
      return (await this.conversations.get(named)).id;
    }
    const owner = principal.kind === 'visitor' ? { kind: 'visitor' as const, id: principal.id, conversationId: principal.conversationId } : { kind: 'customer' as const, id: principal.id };
    return (await this.conversations.forOwner(owner, 'zh-CN')).id;
  }

  private async attachmentConversation(id: string): Promise<string> {
    const [found] = (await this.attachments.inConversations([id])).values();
    if (!found) throw new DomainError<ApiErrorCode>('attachment_not_found', 'No such attachment in this conversation.');
    return found.conversationId;
  }
}
