import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { QueueCalendars } from '@okpay/routing';
import { Clock } from '@okpay/shared';
import { BusinessHoursQuery } from '../dto/routing.dto';
import { toBusinessHoursView } from '../mappers/routing.mapper';
import { BusinessHoursView, BusinessHoursViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('business-hours')
@Controller('business-hours')
export class BusinessHoursController {
  constructor(
    private readonly calendars: QueueCalendars,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Whether a queue is open at an instant (default now), and when it next opens or closes. */
  @Get('status')
  @Public()
  @ApiAnswer({ summary: 'Whether a queue is open at an instant (default now), and when it next opens or closes', body: BusinessHoursViewSchema })
  async status(@Query() query: BusinessHoursQuery): Promise<BusinessHoursView> {
    const calendar = await this.calendars.forQueue(query.queue ?? 'chat');
    return toBusinessHoursView(calendar.status(query.at ?? this.clock.now()));
  }
}
