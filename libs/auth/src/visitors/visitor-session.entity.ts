import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An anonymous widget visitor and the conversation their widget opens. */
@Entity('visitor_sessions')
export class VisitorSessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  conversationId!: string;

  @Column('text')
  locale!: Locale;

  @Column('timestamptz')
  createdAt!: Date;
}
