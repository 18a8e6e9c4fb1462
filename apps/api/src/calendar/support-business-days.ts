import { Injectable, Module, Global } from '@nestjs/common';
import { QueueCalendars, RoutingModule } from '@okpay/routing';
import { BusinessDayCalendar } from '@okpay/wallet-core';

/**
 * Business days for the wallet (refund promises, cross-border delivery) on the chat queue's
 * calendar, the one customers know as "support hours": editing it moves those dates too.
 */
@Injectable()
export class SupportBusinessDays extends BusinessDayCalendar {
  constructor(private readonly calendars: QueueCalendars) {
    super();
  }

  async addBusinessDays(start: Date, days: number): Promise<Date> {
    const end = (await this.calendars.forQueue('chat')).addBusinessDays(start, days);
    // Only a calendar closed for a whole year has no answer; that is a configuration error.
    if (!end) throw new Error(`the support calendar has no ${days} business days within a year of ${start.toISOString()}`);
    return end;
  }
}

/** Provides the wallet's `BusinessDayCalendar` port from routing, for every module. */
@Global()
@Module({
  imports: [RoutingModule],
  providers: [{ provide: BusinessDayCalendar, useClass: SupportBusinessDays }],
  exports: [BusinessDayCalendar],
})
export class SupportCalendarModule {}
