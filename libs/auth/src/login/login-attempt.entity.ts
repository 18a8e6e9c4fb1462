import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One checked password, kept a day for investigations; the login throttle counts in its own tables. */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  principalKind!: 'agent' | 'customer';

  /** The lower-cased email that was tried, whether or not such an account exists. */
  @Column('text')
  accountKey!: string;

  @Column('text')
  clientIp!: string;

  @Column('boolean')
  succeeded!: boolean;

  @Column('timestamptz')
  attemptedAt!: Date;
}
