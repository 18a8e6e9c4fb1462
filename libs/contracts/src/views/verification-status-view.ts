import { Static, Type } from '@sinclair/typebox';
import { KycSubmissionViewSchema } from './kyc-submission-view';
import { Nullable } from './nullable';

/** The customer's KYC tier and their latest request for a higher one. */
export const VerificationStatusViewSchema = Type.Object(
  { tier: Type.String({ example: 'basic' }), latestSubmission: Nullable(KycSubmissionViewSchema) },
  { $id: 'VerificationStatusView' },
);
export type VerificationStatusView = Static<typeof VerificationStatusViewSchema>;
