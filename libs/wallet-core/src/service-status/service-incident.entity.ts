import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SERVICE_AREAS = ['login', 'topups', 'payments', 'transfers', 'refunds', 'app'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** Planned maintenance or an unplanned incident that the bot and the widget report. */
@Entity('service_incidents')
export class ServiceIncidentEntity {
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
