import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobScheduler } from '@okpay/database';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';

export interface PlatformServices {
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly jobs: JobScheduler;
}

/**
 * What every module may inject, provided once by the app: the validated configuration, the
 * clock and the durable job scheduler.
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
      ],
      exports: [APP_CONFIG, Clock, JobScheduler],
    };
  }
}
