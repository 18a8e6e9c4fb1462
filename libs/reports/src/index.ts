// The face of @okpay/reports: figures and exports over the reporting events the database records
// (see the report-events migration), their daily rollups and the command that rebuilds them.
export { AgentFigures, ArrivalsHeatmap, BotIntentsReport, ChannelFigures, IntentFigures, ReportBreakdowns, SlaReport, SlaShare } from './report-breakdowns';
export { REPORT_EVENT_KINDS, ReportEventKind } from './report-event';
export { REPORT_FILTER_DIMENSIONS, ReportFilter, ReportFilterDimension } from './report-filter';
export { DAILY_COUNTS, DailyCount, DayFigures, HeadlineFigures, ReportOverview, ReportOverviews } from './report-overview';
export { ReportExports } from './report-exports';
export { ReportRange } from './report-range';
export { ReportRollups, ROLL_UP_REPORTS_JOB } from './report-rollups';
export { EXACT_MEDIAN_LIMIT, ReportSlices } from './report-slices';
export { ReportsModule, ReportsModuleImports } from './reports.module';
export { TicketAtRisk, TicketListed, UnansweredQuestion, UnansweredQuestions } from './reports.repository';
