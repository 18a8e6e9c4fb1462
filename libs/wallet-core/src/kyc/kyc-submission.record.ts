export type KycSubmissionStatus = 'pending' | 'approved' | 'rejected';

export const KYC_DOCUMENT_TYPES = ['national_id', 'passport', 'residence_permit', 'proof_of_address'] as const;
export type KycDocumentType = (typeof KYC_DOCUMENT_TYPES)[number];

/** A request to be verified at a higher tier; tiers raise limits. */
export interface KycSubmissionRecord {
  readonly id: string;
  readonly customerId: string;
  readonly targetTier: 'basic' | 'full';
  readonly documentType: KycDocumentType;
  readonly status: KycSubmissionStatus;
  readonly rejectionReason: string | null;
  readonly submittedAt: Date;
  readonly decidedAt: Date | null;
}
