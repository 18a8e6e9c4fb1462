import { DynamicModule, Module } from '@nestjs/common';
import { ReportExports } from './report-exports';
import { ReportOverviews } from './report-overview';
import { ReportsRepository } from './reports.repository';

export interface ReportsModuleImports {
  /** Exports `Clock`. */
  readonly platform: DynamicModule;
  /** Exports a `TicketCalendar`: durations in business time, days in its zone. */
  readonly calendar: DynamicModule;
}

/** What supervisors and admins measure: figures over a range of days and the rows behind them. */
@Module({})
export class ReportsModule {
  static forRoot({ platform, calendar }: ReportsModuleImports): DynamicModule {
    return {
      module: ReportsModule,
      imports: [platform, calendar],
      providers: [ReportsRepository, ReportOverviews, ReportExports],
      exports: [ReportOverviews, ReportExports],
    };
  }
}
