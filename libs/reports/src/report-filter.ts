import { ReportDimension } from './report-event';

/** The dimensions a report can be narrowed by. */
export const REPORT_FILTER_DIMENSIONS = ['agent', 'queue', 'channel', 'locale', 'priority'] as const satisfies readonly ReportDimension[];
export type ReportFilterDimension = (typeof REPORT_FILTER_DIMENSIONS)[number];

/** A report narrowed to events with these values (all of them); none given: everything. */
export type ReportFilter = Readonly<Partial<Record<ReportFilterDimension, string>>>;

/** The filter's dimensions that are set, with their values. */
export function filterEntries(filter: ReportFilter): [ReportFilterDimension, string][] {
  return REPORT_FILTER_DIMENSIONS.flatMap((dimension) => (filter[dimension] === undefined ? [] : [[dimension, filter[dimension] as string] as [ReportFilterDimension, string]]));
}
