import { DynamicModule, Module } from '@nestjs/common';
import { ReportBreakdowns } from './report-breakdowns';
import { ReportExports } from './report-exports';
import { ReportOverviews } from './report-overview';
import { ReportRollups } from './report-rollups';
import { ReportSlices } from './report-slices';
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
      providers: [ReportsRepository, ReportRollups, ReportSlices, ReportOverviews, ReportBreakdowns, ReportExports],
      exports: [ReportOverviews, ReportBreakdowns, ReportExports, ReportRollups, ReportSlices],
    };
  }
}
