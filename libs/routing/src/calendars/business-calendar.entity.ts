import { BusinessCalendarDefinition } from '@okpay/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BusinessCalendarRecord } from './business-calendar.record';

/** A named business-hours calendar; its definition is validated before it is stored. */
@Entity('business_calendars')
export class BusinessCalendarEntity implements BusinessCalendarRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  definition!: BusinessCalendarDefinition;

  /** Bumped on every change; parsed calendars are cached per version. */
  @Column('integer')
  version!: number;

  @Column('timestamptz')
  updatedAt!: Date;
}
