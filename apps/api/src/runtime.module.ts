import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@okpay/shared';

/** The validated configuration and the clock: the only two things every module may inject. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
