import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@okpay/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { UpdateTicketDto } from './ticket.dto';

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

/** Status and priority follow the same rules as a ticket PATCH. */
export class MacroActionsDto extends PickType(UpdateTicketDto, ['status', 'priority'] as const) {
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
  @IsObject()
  @ValidateNested()
  @Type(() => MacroActionsDto)
  actions!: MacroActionsDto;
}
