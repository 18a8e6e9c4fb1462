import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@okpay/auth';
import { buildDataSourceOptions } from '@okpay/database';
import { AppConfig, Clock } from '@okpay/shared';
import { WalletCoreModule } from '@okpay/wallet-core';
import { LoggerModule } from 'nestjs-pino';
import { AgentsController } from './controllers/agents.controller';
import { AuthController } from './controllers/auth.controller';
import { HealthController } from './controllers/health.controller';
import { WidgetSessionsController } from './controllers/widget-sessions.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { buildLoggerParams } from './logging/logger-options';
import { RuntimeModule } from './runtime.module';
import { DemoSeed } from './seed/demo-seed';

export interface ApiModuleOptions {
  readonly config: AppConfig;
  readonly clock: Clock;
  /** The database to use: the embedded one, DATABASE_URL, or a test's own. */
  readonly databaseUrl: string;
  readonly tokenSecret: string;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        RuntimeModule.forRoot(options.config, options.clock),
        LoggerModule.forRoot(buildLoggerParams(options.config)),
        TypeOrmModule.forRoot({ ...buildDataSourceOptions({ url: options.databaseUrl }), autoLoadEntities: true }),
        WalletCoreModule,
        AuthModule.forRoot({ tokenSecret: options.tokenSecret }),
      ],
      controllers: [AgentsController, AuthController, HealthController, WidgetSessionsController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        DemoSeed,
      ],
    };
  }
}
