import { IsoDate } from './calendar-date';
import { EpochInterval } from './epoch-interval';

/**
 * A stretch of open time, tagged with its business date: the date whose hours it comes from,
 * which is the date it starts on (Friday's 22:00–06:00 shift is Friday's, also after midnight).
 */
export interface OpenInterval extends EpochInterval {
  readonly businessDate: IsoDate;
}
