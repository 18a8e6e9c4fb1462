import { Column, Entity, PrimaryColumn } from 'typeorm';

export type KycSubmissionStatus = 'pending' | 'approved' | 'rejected';
export const KYC_DOCUMENT_TYPES = ['national_id', 'passport', 'residence_permit', 'proof_of_address'] as const;
export type KycDocumentType = (typeof KYC_DOCUMENT_TYPES)[number];

/** A request to be verified at a higher tier; tiers raise limits. */
@Entity('kyc_submissions')
export class KycSubmissionEntity {
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
