import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ServiceArea, ServiceIncidentRecord } from './service-incident.record';

/** Planned maintenance or an unplanned incident that the bot and the widget report. */
@Entity('service_incidents')
export class ServiceIncidentEntity implements ServiceIncidentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: 'maintenance' | 'incident';

  @Column('text', { array: true })
  affects!: ServiceArea[];

  @Column('text')
  titleEn!: string;

  @Column('text')
  titleZh!: string;

  @Column('timestamptz')
  startsAt!: Date;

  /** Open-ended while an incident is still being worked on. */
  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}
