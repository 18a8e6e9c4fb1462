import { BusinessCalendarDefinition } from '@okpay/shared';

/** A named business-hours calendar; its definition is validated before it is stored. */
export interface BusinessCalendarRecord {
  readonly id: string;
  readonly name: string;
  readonly definition: BusinessCalendarDefinition;
  /** Bumped on every change; parsed calendars are cached per version. */
  readonly version: number;
  readonly updatedAt: Date;
}
