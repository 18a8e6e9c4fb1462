import { Column, Entity, PrimaryColumn } from 'typeorm';

export const QUEUE_KINDS = ['chat', 'callback'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** A support queue and the calendar that says when it is open. */
@Entity('support_queues')
export class SupportQueueEntity {
  @PrimaryColumn('text')
  kind!: QueueKind;

  @Column('uuid')
  calendarId!: string;
}
