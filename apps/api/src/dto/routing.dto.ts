import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@okpay/contracts';
import type { BusinessCalendarDefinition, OverrideDefinition } from '@okpay/shared';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const WALL_TIME = /^\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['date', 'date_range', 'yearly', 'weekly', 'closed_span'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export class BusinessHoursQuery {
  @ApiPropertyOptional({ enum: ['chat', 'callback'], default: 'chat' })
  @IsOptional()
  @IsIn(['chat', 'callback'])
  queue?: 'chat' | 'callback';

  @ApiPropertyOptional({ example: '2027-01-08T09:59:00Z', description: 'ISO instant; default now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;
}

/** Shapes only; times, zones, ranges and overlaps are checked by the calendar parser. */
export class IntervalDto {
  @ApiProperty({ example: '09:00' })
  @Matches(WALL_TIME, { message: '$property must be HH:MM' })
  start!: string;

  @ApiProperty({ example: '18:00', description: '24:00 allowed; before start means an overnight shift' })
  @Matches(WALL_TIME, { message: '$property must be HH:MM' })
  end!: string;
}

export class WeeklyHoursDto {
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) mon?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) tue?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) wed?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) thu?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) fri?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) sat?: IntervalDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IntervalDto) sun?: IntervalDto[];
}

export class OverrideDto {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind!: (typeof KINDS)[number];

  @ValidateIf((o: OverrideDto) => o.kind === 'date')
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  date?: string;

  @ValidateIf((o: OverrideDto) => o.kind === 'date_range' || o.kind === 'weekly')
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  from?: string;

  @ValidateIf((o: OverrideDto) => o.kind === 'date_range' || o.kind === 'weekly')
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  to?: string;

  @ValidateIf((o: OverrideDto) => o.kind === 'yearly')
  @Matches(/^\d{2}-\d{2}$/, { message: '$property must be MM-DD' })
  monthDay?: string;

  @ValidateIf((o: OverrideDto) => o.kind === 'weekly')
  @IsIn(WEEKDAYS)
  weekday?: (typeof WEEKDAYS)[number];

  @ValidateIf((o: OverrideDto) => o.kind === 'closed_span')
  @IsString()
  start?: string;

  @ValidateIf((o: OverrideDto) => o.kind === 'closed_span')
  @IsString()
  end?: string;

  @ApiPropertyOptional({ type: [IntervalDto], description: 'empty: closed all day' })
  @ValidateIf((o: OverrideDto) => o.kind !== 'closed_span')
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IntervalDto)
  hours?: IntervalDto[];
}

export class CalendarDefinitionDto {
  @ApiProperty({ example: 'Asia/Shanghai' })
  @IsString()
  timeZone!: string;

  @ApiProperty({ type: WeeklyHoursDto })
  @IsObject()
  @ValidateNested()
  @Type(() => WeeklyHoursDto)
  weekly!: WeeklyHoursDto;

  @ApiPropertyOptional({ type: [OverrideDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides?: OverrideDto[];
}

export class CreateCalendarDto {
  @ApiProperty({ example: 'weekend-cover' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ type: CalendarDefinitionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CalendarDefinitionDto)
  definition!: CalendarDefinitionDto;
}

export class ReplaceCalendarDto extends PickType(CreateCalendarDto, ['definition'] as const) {}

export class CalendarOpeningsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 62, default: 14, description: 'how many days ahead' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(62)
  days?: number;
}

export class CalendarPreviewDto extends PickType(CreateCalendarDto, ['definition'] as const) {
  @ApiPropertyOptional({ minimum: 1, maximum: 62, default: 14, description: 'how many days ahead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(62)
  days?: number;
}

export class AssignQueueCalendarDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f-]{36}$/i)
  calendarId!: string;
}

export class CallbackRequestDto {
  @ApiProperty({ example: '+8613800138000', description: 'without a country code it is read as a mainland number' })
  @IsString()
  @MaxLength(40)
  phone!: string;

  @ApiProperty({ example: 'My bank top-up has not arrived' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  topic!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: '2027-01-08T06:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  preferredAt?: Date;

  @ApiPropertyOptional({ example: 'America/Los_Angeles', description: 'your IANA zone, when your number does not tell it' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

export class CallbackListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only callbacks whose time has come' })
  @IsOptional()
  @IsIn(['true', 'false'])
  due?: 'true' | 'false';
}

export class CallbackAttemptDto {
  @ApiProperty({ enum: ['answered', 'no_answer', 'busy', 'voicemail', 'wrong_number'] })
  @IsIn(['answered', 'no_answer', 'busy', 'voicemail', 'wrong_number'])
  outcome!: 'answered' | 'no_answer' | 'busy' | 'voicemail' | 'wrong_number';
}

/** The validated request as the calendar's own definition type, override by override. */
export function toCalendarDefinition(dto: CalendarDefinitionDto): BusinessCalendarDefinition {
  const hours = (intervals: IntervalDto[] | undefined) => (intervals ?? []).map(({ start, end }) => ({ start, end }));
  const weekly = Object.fromEntries(
    WEEKDAYS.filter((day) => dto.weekly[day] !== undefined).map((day) => [day, hours(dto.weekly[day])]),
  );
  const overrides = (dto.overrides ?? []).map((o): OverrideDefinition => {
    switch (o.kind) {
      case 'date':
        return { kind: 'date', date: o.date!, hours: hours(o.hours) };
      case 'date_range':
        return { kind: 'date_range', from: o.from!, to: o.to!, hours: hours(o.hours) };
      case 'yearly':
        return { kind: 'yearly', monthDay: o.monthDay!, hours: hours(o.hours) };
      case 'weekly':
        return { kind: 'weekly', weekday: o.weekday!, from: o.from!, to: o.to!, hours: hours(o.hours) };
      case 'closed_span':
        return { kind: 'closed_span', start: o.start!, end: o.end! };
    }
  });
  return { timeZone: dto.timeZone, weekly, overrides };
}

export class PresenceDto {
  @ApiProperty({ enum: ['online', 'away', 'offline'] })
  @IsIn(['online', 'away', 'offline'])
  presence!: 'online' | 'away' | 'offline';
}

export class RoutingProfileDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  chatCapacity?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'open tickets given automatically' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  ticketCapacity?: number;

  @ApiPropertyOptional({ enum: LOCALES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(LOCALES, { each: true })
  languages?: Locale[];

  @ApiPropertyOptional({ example: ['payments', 'verification'], description: 'empty: every topic' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  topics?: string[];
}

export class ChatRequestDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  language!: Locale;

  @ApiPropertyOptional({ example: 'payments' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  topic?: string;
}
