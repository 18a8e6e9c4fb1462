import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@okpay/tickets';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from './page.query';

const ASSIGNEE_FILTER = /^(me|unassigned|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/** Tickets per page unless the inbox asks for another length. */
export const TICKET_PAGE_SIZE = 25;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OpenTicketDto {
  @ApiProperty({ example: 'Bank top-up not credited' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subject!: string;

  @ApiProperty({ example: 'I sent ¥500 by bank transfer yesterday (TX-7KQ2M9XD) and it has not arrived.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body!: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ format: 'uuid', description: 'agents: the customer the ticket is for' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}

export class TicketMessageDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body!: string;

  @ApiPropertyOptional({ description: 'agents only: a note customers never see' })
  @IsOptional()
  @IsBoolean()
  internal?: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'the ticket\'s updatedAt when the writer opened it; if it changed since, 409 ticket_changed and nothing is sent' })
  @IsOptional()
  @IsISO8601({ strict: true })
  seenUpdatedAt?: string;
}

export class UpdateTicketDto {
  @ApiPropertyOptional({ enum: TICKET_STATUSES.filter((s) => s !== 'new') })
  @IsOptional()
  @IsIn(TICKET_STATUSES.filter((s) => s !== 'new'))
  status?: Exclude<TicketStatus, 'new'>;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ example: ['bank-transfer', 'vip'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ example: 'topup_failed', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(50)
  category?: string | null;

  @ApiPropertyOptional({ example: 'payments', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(50)
  group?: string | null;
}

export class SatisfactionDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ example: 'Quick and clear, thank you' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class MergeTicketDto {
  @ApiProperty({ format: 'uuid', description: 'the ticket that remains' })
  @IsUUID()
  intoTicketId!: string;
}

export class TicketSearchQuery extends PickType(PageQuery(TICKET_PAGE_SIZE), ['cursor'] as const) {
  @ApiProperty({ example: '退款', description: 'text in the subject or any message; Chinese and English alike' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q!: string;
}

export class TicketListQuery extends PageQuery(TICKET_PAGE_SIZE) {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ enum: ['web', 'chat', 'email', 'phone', 'bot'] })
  @IsOptional()
  @IsIn(['web', 'chat', 'email', 'phone', 'bot'])
  channel?: 'web' | 'chat' | 'email' | 'phone' | 'bot';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ example: 'payments' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  group?: string;

  @ApiPropertyOptional({ enum: ['breached'], description: 'tickets past a due time they have not met' })
  @IsOptional()
  @IsIn(['breached'])
  sla?: 'breached';

  @ApiPropertyOptional({ description: 'an agent id, `me` or `unassigned`', pattern: ASSIGNEE_FILTER.source })
  @IsOptional()
  @Matches(ASSIGNEE_FILTER, { message: 'assignee must be an agent id, "me" or "unassigned"' })
  assignee?: string;
}
