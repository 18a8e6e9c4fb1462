import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { LOCALES, TICKET_PRIORITY_NAMES } from '@okpay/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DayRangeQuery } from './day-range.dto';

/** Where a report's events came from: a ticket's channel, or chat and phone for chats and callbacks. */
const REPORT_CHANNELS = ['web', 'chat', 'email', 'phone', 'bot'] as const;

/** A range of days, narrowed to the events that match every filter given. */
export class ReportQuery extends DayRangeQuery {
  @ApiPropertyOptional({ enum: REPORT_CHANNELS })
  @IsOptional()
  @IsIn(REPORT_CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ description: 'A ticket group (team), or chat, callback, bot for those queues.', example: 'payments' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  queue?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The agent the ticket, chat or callback was with.' })
  @IsOptional()
  @IsUUID()
  agent?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITY_NAMES })
  @IsOptional()
  @IsIn(TICKET_PRIORITY_NAMES)
  priority?: string;
}

/** The ticket figures a chart's bar can be opened on. */
export const TICKET_FIGURES = ['ticketsCreated', 'ticketsSolved', 'ticketsReopened', 'csatResponses'] as const;

/** The tickets behind one figure over the range (one day, for a bar). */
export class ReportTicketsQuery extends ReportQuery {
  @ApiProperty({ enum: TICKET_FIGURES })
  @IsIn(TICKET_FIGURES)
  figure!: (typeof TICKET_FIGURES)[number];
}
