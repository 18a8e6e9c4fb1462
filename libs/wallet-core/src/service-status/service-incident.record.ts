export const SERVICE_AREAS = ['login', 'topups', 'payments', 'transfers', 'refunds', 'app'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** Planned maintenance or an unplanned incident that the bot and the widget report. */
export interface ServiceIncidentRecord {
  readonly id: string;
  readonly kind: 'maintenance' | 'incident';
  readonly affects: ServiceArea[];
  readonly titleEn: string;
  readonly titleZh: string;
  readonly startsAt: Date;
  /** Open-ended while an incident is still being worked on. */
  readonly endsAt: Date | null;
  readonly createdAt: Date;
}
