import { AgentRole } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('agents')
export class AgentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: AgentRole;

  @Column('text')
  passwordHash!: string;

  @Column('boolean')
  active!: boolean;

  @Column('timestamptz')
  createdAt!: Date;
}
