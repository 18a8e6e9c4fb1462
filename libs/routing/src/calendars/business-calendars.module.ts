import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCalendarEntity } from './business-calendar.entity';
import { QueueCalendars } from './queue-calendars.service';
import { SupportQueueEntity } from './support-queue.entity';

export interface BusinessCalendarsModuleImports {
  /** Exports `Clock`. */
  readonly platform: DynamicModule;
}

/**
 * The business-hours calendars and the queue each one serves. A module of its own, below the
 * queues and without tickets, so the app can build the tickets' and the wallet's calendar ports on it.
 */
@Module({})
export class BusinessCalendarsModule {
  static forRoot({ platform }: BusinessCalendarsModuleImports): DynamicModule {
    return {
      module: BusinessCalendarsModule,
      imports: [platform, TypeOrmModule.forFeature([BusinessCalendarEntity, SupportQueueEntity])],
      providers: [QueueCalendars],
      exports: [QueueCalendars],
    };
  }
}
