import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@okpay/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Long enough for a detailed question, short enough that nobody pastes a novel into the bot. */
export const BOT_MESSAGE_MAX_LENGTH = 2000;

export class BotMessageDto {
  @ApiProperty({ maxLength: BOT_MESSAGE_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(BOT_MESSAGE_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ format: 'uuid', description: 'Continue a conversation; absent starts one.' })
  @IsOptional()
  @IsUUID()
  conversationId?: string;
}

/** A body that keeps `BotMessageDto`'s rules, as the bot's route takes it (see `BotMessageBodyPipe`). */
export type BotMessageBody = Pick<BotMessageDto, 'text' | 'locale' | 'conversationId'>;
