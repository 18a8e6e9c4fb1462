import { DynamicModule, Module } from '@nestjs/common';
import { EventBus, JobScheduler } from '@okpay/database';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';
import { ClusterLink } from './cluster/cluster-link';

export interface PlatformServices {
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly jobs: JobScheduler;
}

/**
 * What most modules inject, provided once by the app: the validated configuration, the clock, the
 * durable job scheduler and the event bus all processes hear. Not global: a module that needs them
 * imports the one instance the app builds (see `featureModules`), so Nest's graph shows who depends
 * on the platform.
 */
@Module({})
export class PlatformModule {
  static forRoot(services: PlatformServices, cluster: ClusterLink): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: services.config },
        { provide: Clock, useValue: services.clock },
        { provide: JobScheduler, useValue: services.jobs },
        { provide: ClusterLink, useValue: cluster },
        { provide: EventBus, useValue: cluster.events },
      ],
      exports: [APP_CONFIG, Clock, JobScheduler, ClusterLink, EventBus],
    };
  }
}
