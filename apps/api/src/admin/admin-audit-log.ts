import { Injectable } from '@nestjs/common';
import { AdminAuditEntryView, AdminAuditSubjectType } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';

/** What an admin change touched, and its id. */
export interface AdminAuditSubject {
  readonly type: AdminAuditSubjectType;
  readonly id: string;
}

/** The most entries one read returns. */
const TRAIL_LIMIT = 200;

/** The append-only trail of admin changes (the table refuses updates and deletes). */
@Injectable()
export class AdminAuditLog {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(actorAgentId: string, action: string, subject: AdminAuditSubject, before: unknown, after: unknown): Promise<void> {
    await this.db.query(
      `INSERT INTO admin_audit_log (actor_agent_id, action, subject_type, subject_id, before, after, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [actorAgentId, action, subject.type, subject.id, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), this.clock.now()],
    );
  }

  /** Newest first; one subject's when `subject` is given. */
  async trail(subject?: Partial<AdminAuditSubject>): Promise<AdminAuditEntryView[]> {
    const rows: { id: string; actor_agent_id: string; action: string; subject_type: string; subject_id: string; before: unknown; after: unknown; at: Date }[] =
      await this.db.query(
        `SELECT id::text, actor_agent_id, action, subject_type, subject_id, before, after, at FROM admin_audit_log
         WHERE ($1::text IS NULL OR subject_type = $1) AND ($2::text IS NULL OR subject_id = $2)
         ORDER BY admin_audit_log.id DESC LIMIT ${TRAIL_LIMIT}`,
        [subject?.type ?? null, subject?.id ?? null],
      );
    return rows.map((r) => ({
      id: r.id,
      actorAgentId: r.actor_agent_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      before: r.before ?? null,
      after: r.after ?? null,
      at: new Date(r.at).toISOString(),
    }));
  }
}
