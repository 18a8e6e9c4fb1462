import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MacroActions, MacroRecord } from './macro.record';

/** One click: set fields and reply at once. */
@Entity('macros')
export class MacroEntity implements MacroRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  actions!: MacroActions;

  @Column('timestamptz')
  createdAt!: Date;
}
