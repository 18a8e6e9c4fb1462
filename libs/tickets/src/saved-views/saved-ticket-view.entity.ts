import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SavedTicketViewRecord, TicketViewFilters } from './saved-ticket-view.record';

@Entity('saved_ticket_views')
export class SavedTicketViewEntity implements SavedTicketViewRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agentId!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  filters!: TicketViewFilters;

  @Column('timestamptz')
  createdAt!: Date;
}
