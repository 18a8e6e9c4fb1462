// The face of @okpay/reports: figures and exports over what the other libs record. Read-only; its
// statements live in reports.repository.ts.
export { DayFigures, ReportOverview, ReportOverviews } from './report-overview';
export { ReportExports } from './report-exports';
export { ReportRange } from './report-range';
export { ReportsModule, ReportsModuleImports } from './reports.module';
