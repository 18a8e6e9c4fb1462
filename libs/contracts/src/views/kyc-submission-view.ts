import { Static, Type } from '@sinclair/typebox';

/** A request to be verified at a higher KYC tier, and its decision. */
export const KycSubmissionViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    targetTier: Type.String({ example: 'verified' }),
    documentType: Type.String(),
    status: Type.String({ example: 'pending' }),
    rejectionReason: Type.Optional(Type.String()),
    submittedAt: Type.String({ format: 'date-time' }),
    decidedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'KycSubmissionView' },
);
export type KycSubmissionView = Static<typeof KycSubmissionViewSchema>;
