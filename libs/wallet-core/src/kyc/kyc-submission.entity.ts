import { Column, Entity, PrimaryColumn } from 'typeorm';
import { KycDocumentType, KycSubmissionRecord, KycSubmissionStatus } from './kyc-submission.record';

/** A request to be verified at a higher tier; tiers raise limits. */
@Entity('kyc_submissions')
export class KycSubmissionEntity implements KycSubmissionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Column('text')
  targetTier!: 'basic' | 'full';

  @Column('text')
  documentType!: KycDocumentType;

  @Column('text')
  status!: KycSubmissionStatus;

  @Column('text', { nullable: true })
  rejectionReason!: string | null;

  @Column('timestamptz')
  submittedAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
