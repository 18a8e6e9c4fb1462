import { ApiErrorCode } from '@okpay/contracts';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@okpay/auth';
import { EmailDeliveries } from '@okpay/messaging';
import { DomainError } from '@okpay/shared';
import type { FastifyReply } from 'fastify';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Files that came with customers' mail: agents only, always as a download, never rendered in place. */
@ApiTags('tickets')
@ApiBearerAuth()
@Controller('email-attachments')
export class EmailAttachmentsController {
  constructor(private readonly deliveries: EmailDeliveries) {}

  @Get(':id')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Download a file that came with a customer’s mail (agents; always as an attachment)', body: 'binary' })
  async download(@Param('id', ResourceIdPipe) id: string, @Res() reply: FastifyReply) {
    const attachment = await this.deliveries.attachment(id);
    if (!attachment?.content) throw new DomainError<ApiErrorCode>('not_found', 'No such attachment.');
    await reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(attachment.content);
  }
}
