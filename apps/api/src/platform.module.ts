import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobScheduler } from '@okpay/database';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';
import { BusinessDayCalendar } from '@okpay/wallet-core';

export interface PlatformServices {
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly jobs: JobScheduler;
  readonly supportCalendar: BusinessDayCalendar;
}

/**
 * What every module may inject, provided once by the app: the validated configuration, the
 * clock, the durable job scheduler and the support calendar.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(services: PlatformServices): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: services.config },
        { provide: Clock, useValue: services.clock },
        { provide: JobScheduler, useValue: services.jobs },
        { provide: BusinessDayCalendar, useValue: services.supportCalendar },
      ],
      exports: [APP_CONFIG, Clock, JobScheduler, BusinessDayCalendar],
    };
  }
}
