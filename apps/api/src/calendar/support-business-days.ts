import { DynamicModule, Injectable, Module } from '@nestjs/common';
import { QueueCalendars } from '@okpay/routing';
import { TicketCalendar } from '@okpay/tickets';
import { BusinessDayCalendar } from '@okpay/wallet-core';
import { EntityManager } from 'typeorm';

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

/** SLA clocks of tickets run in business time on the same support calendar. */
@Injectable()
export class SupportBusinessTime extends TicketCalendar {
  constructor(private readonly calendars: QueueCalendars) {
    super();
  }

  async addBusinessDuration(
    start: Date,
    durationMs: number,
    pauses: readonly { start: Date; end: Date }[],
    manager?: EntityManager,
  ): Promise<Date> {
    const due = (await this.calendars.forQueue('chat', manager)).addBusinessDuration(start, durationMs, pauses);
    if (!due) throw new Error('the support calendar has no open time within a year');
    return due;
  }

  async businessDurationBetween(from: Date, to: Date, pauses: readonly { start: Date; end: Date }[]): Promise<number> {
    return (await this.calendars.forQueue('chat')).businessDurationBetween(from, to, pauses);
  }

  async timeZone(): Promise<string> {
    return (await this.calendars.forQueue('chat')).timeZone;
  }
}

/**
 * Binds the wallet's and the tickets' calendar ports to the support calendar. It needs only the
 * calendars (not the queues, which need tickets), so tickets can import it without a cycle.
 */
@Module({})
export class SupportCalendarModule {
  static forRoot({ calendars }: { readonly calendars: DynamicModule }): DynamicModule {
    return {
      module: SupportCalendarModule,
      imports: [calendars],
      providers: [
        { provide: BusinessDayCalendar, useClass: SupportBusinessDays },
        { provide: TicketCalendar, useClass: SupportBusinessTime },
      ],
      exports: [BusinessDayCalendar, TicketCalendar],
    };
  }
}
