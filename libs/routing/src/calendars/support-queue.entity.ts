import { Column, Entity, PrimaryColumn } from 'typeorm';
import { QueueKind, SupportQueueRecord } from './support-queue.record';

/** A support queue and the calendar that says when it is open. */
@Entity('support_queues')
export class SupportQueueEntity implements SupportQueueRecord {
  @PrimaryColumn('text')
  kind!: QueueKind;

  @Column('uuid')
  calendarId!: string;
}
