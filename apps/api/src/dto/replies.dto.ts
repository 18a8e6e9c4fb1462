import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@okpay/contracts';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@okpay/tickets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class CannedResponseDto {
  @ApiProperty({ example: 'bank-transfer-delay' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiProperty({ example: 'Hello {{customer.name}}, about {{ticket.reference}}: bank transfers take up to 2 hours. {{agent.name}}' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body!: string;
}

export class CannedResponseListQuery {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class CannedReplyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cannedResponseId!: string;
}

export class MacroActionsDto {
  @ApiPropertyOptional({ enum: TICKET_STATUSES.filter((s) => s !== 'new') })
  @IsOptional()
  @IsIn(TICKET_STATUSES.filter((s) => s !== 'new'))
  status?: Exclude<TicketStatus, 'new'>;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ example: ['bank-transfer'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  addTags?: string[];

  @ApiPropertyOptional({ example: 'bank-transfer-delay' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cannedResponseName?: string;
}

export class MacroDto {
  @ApiProperty({ example: 'Bank transfer: explain and wait' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ type: MacroActionsDto })
  @ValidateNested()
  @Type(() => MacroActionsDto)
  actions!: MacroActionsDto;
}
