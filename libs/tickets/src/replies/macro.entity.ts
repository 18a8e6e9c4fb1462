import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TicketPriority, TicketStatus } from '../tickets/ticket.record';

export interface MacroActions {
  readonly status?: Exclude<TicketStatus, 'new'>;
  readonly priority?: TicketPriority;
  readonly addTags?: string[];
  /** Replied with, in the customer's language when a version in it exists. */
  readonly cannedResponseName?: string;
}

/** One click: set fields and reply at once. */
@Entity('macros')
export class MacroEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  actions!: MacroActions;

  @Column('timestamptz')
  createdAt!: Date;
}
