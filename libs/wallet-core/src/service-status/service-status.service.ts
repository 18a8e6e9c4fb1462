import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WalletAuditLog } from '../admin/wallet-audit-log';
import { ServiceIncidentEntity } from './service-incident.entity';
import { ServiceArea, ServiceIncidentRecord } from './service-incident.record';

const UPCOMING_WINDOW_MS = 7 * 24 * 3600_000;

export interface ServiceStatus {
  /** Incidents and maintenance in progress now. */
  readonly active: ServiceIncidentRecord[];
  /** Maintenance starting within the next week. */
  readonly upcoming: ServiceIncidentRecord[];
}

export interface NewServiceIncident {
  readonly kind: 'maintenance' | 'incident';
  readonly affects: ServiceArea[];
  readonly titleEn: string;
  readonly titleZh: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
}

@Injectable()
export class ServiceStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: WalletAuditLog,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<ServiceStatus> {
    const now = this.clock.now();
    const incidents = await this.dataSource
      .getRepository(ServiceIncidentEntity)
      .createQueryBuilder('i')
      .where('(i.endsAt IS NULL OR i.endsAt > :now) AND i.startsAt <= :horizon', { now, horizon: new Date(now.getTime() + UPCOMING_WINDOW_MS) })
      .orderBy('i.startsAt', 'ASC')
      .getMany();
    return {
      active: incidents.filter((i) => i.startsAt <= now),
      upcoming: incidents.filter((i) => i.startsAt > now),
    };
  }

  async announce(actorAgentId: string, input: NewServiceIncident): Promise<ServiceIncidentRecord> {
    return this.dataSource.transaction(async (manager) => {
      const incident: ServiceIncidentEntity = { id: randomUUID(), ...input, createdAt: this.clock.now() };
      await manager.insert(ServiceIncidentEntity, incident);
      await this.audit.record(manager, { actorAgentId, action: 'service_incident', details: { incidentId: incident.id, kind: incident.kind } });
      return incident;
    });
  }
}
