import { AgentRole } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgentRecord } from './agent.record';

@Entity('agents')
export class AgentEntity implements AgentRecord {
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
