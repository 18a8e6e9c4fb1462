import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_SEQ } from '@okpay/contracts';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, IsTimeZone, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class WidgetIdentityDto {
  /** `customerId.expiry.signature`, signed by the host page's server. */
  @IsString()
  @MaxLength(200)
  identity!: string;
}

export class ConversationMessagesQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SEQ)
  afterSeq?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class AttachmentUploadQuery {
  /** Agents name the conversation; the widget's is implied by its token. */
  @IsOptional()
  @IsUUID()
  conversationId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string;
}

export class ChatTranscriptDto {
  @ApiProperty({ format: 'uuid', description: 'The caller’s own conversation (a customer’s earlier ones too).' })
  @IsUUID()
  conversationId!: string;

  @ApiPropertyOptional({ example: 'li.wei@example.com', description: 'Visitors: where to send it (else the address left with a message). A signed-in customer’s goes to their account’s address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'The visitor’s IANA zone: the transcript’s times are in it (default: the support calendar’s).' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
