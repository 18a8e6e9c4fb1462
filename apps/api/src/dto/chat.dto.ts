import { MAX_SEQ } from '@okpay/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

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
