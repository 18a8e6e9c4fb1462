import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { TICKET_SLA_FILTERS } from '@okpay/contracts';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@okpay/tickets';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from './page.query';

const STATUS_LIST = new RegExp(`^(${TICKET_STATUSES.join('|')})(,(${TICKET_STATUSES.join('|')}))*$`);

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
  @ApiPropertyOptional({ example: 'new,open', description: `one status or several, comma-separated, of ${TICKET_STATUSES.join(', ')}` })
  @IsOptional()
  @Matches(STATUS_LIST, { message: `status must be one or more of ${TICKET_STATUSES.join(', ')}, comma-separated` })
  status?: string;

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

  @ApiPropertyOptional({ enum: TICKET_SLA_FILTERS, description: '`breached`: past a due time not met; `at_risk`: a target not met falls due within the hour' })
  @IsOptional()
  @IsIn(TICKET_SLA_FILTERS)
  sla?: (typeof TICKET_SLA_FILTERS)[number];

  @ApiPropertyOptional({ description: 'an agent id, `me` or `unassigned`', pattern: ASSIGNEE_FILTER.source })
  @IsOptional()
  @Matches(ASSIGNEE_FILTER, { message: 'assignee must be an agent id, "me" or "unassigned"' })
  assignee?: string;
}

/** A list's filters without its paging: what a saved view keeps. */
export class TicketFiltersDto extends OmitType(TicketListQuery, ['cursor', 'limit'] as const) {}

export class SaveTicketViewDto {
  @ApiProperty({ example: 'VIP email, unassigned' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name!: string;

  @ApiProperty({ type: TicketFiltersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TicketFiltersDto)
  filters!: TicketFiltersDto;
}

/** Most tickets one bulk change touches: a page of the inbox at its longest. */
export const MAX_BULK_TICKETS = 100;

export class BulkTicketChangeDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_BULK_TICKETS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_TICKETS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  ticketIds!: string[];

  @ApiPropertyOptional({ enum: TICKET_STATUSES.filter((s) => s !== 'new') })
  @IsOptional()
  @IsIn(TICKET_STATUSES.filter((s) => s !== 'new'))
  status?: Exclude<TicketStatus, 'new'>;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'an agent, or null to unassign; assigning to someone else is for supervisors and admins' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ example: ['refund-delay'], description: 'added to each ticket\'s tags' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  addTags?: string[];
}
