import { Injectable } from '@nestjs/common';
import { Clock, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WalletAuditLog } from '../admin/wallet-audit-log';
import { CustomerEntity } from '../customers/customer.entity';
import { KYC_TIERS } from '../pricing';
import {
  KycNotReviewableError,
  KycSubmissionPendingError,
  KycTierNotHigherError,
  WalletResourceNotFoundError,
} from '../wallet.errors';
import { KycSubmissionEntity } from './kyc-submission.entity';
import { KycDocumentType, KycSubmissionRecord } from './kyc-submission.record';

export type KycDecision = { readonly approve: true } | { readonly approve: false; readonly reason: string };

/** Identity verification: a customer submits, a back-office agent approves or rejects with a reason. */
@Injectable()
export class IdentityVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: WalletAuditLog,
    private readonly clock: Clock,
  ) {}

  async submit(customerId: string, targetTier: 'basic' | 'full', documentType: KycDocumentType): Promise<KycSubmissionRecord> {
    return this.dataSource.transaction(async (manager) => {
      const customer = await manager.findOneByOrFail(CustomerEntity, { id: customerId });
      if (KYC_TIERS.indexOf(targetTier) <= KYC_TIERS.indexOf(customer.kycTier)) throw new KycTierNotHigherError();
      const submission: KycSubmissionEntity = {
        id: randomUUID(),
        customerId,
        targetTier,
        documentType,
        status: 'pending',
        rejectionReason: null,
        submittedAt: this.clock.now(),
        decidedAt: null,
      };
      try {
        await manager.insert(KycSubmissionEntity, submission);
      } catch (error) {
        if (isUniqueViolation(error, 'kyc_submissions_one_pending')) throw new KycSubmissionPendingError();
        throw error;
      }
      return submission;
    });
  }

  async review(actorAgentId: string, submissionId: string, decision: KycDecision): Promise<KycSubmissionRecord> {
    return this.dataSource.transaction(async (manager) => {
      const submission = await manager.findOne(KycSubmissionEntity, { where: { id: submissionId }, lock: { mode: 'pessimistic_write' } });
      if (!submission) throw new WalletResourceNotFoundError('kyc_submission');
      if (submission.status !== 'pending') throw new KycNotReviewableError();
      submission.status = decision.approve ? 'approved' : 'rejected';
      submission.rejectionReason = decision.approve ? null : decision.reason;
      submission.decidedAt = this.clock.now();
      await manager.save(submission);
      if (decision.approve) await manager.update(CustomerEntity, { id: submission.customerId }, { kycTier: submission.targetTier });
      await this.audit.record(manager, {
        actorAgentId,
        action: 'kyc_review',
        customerId: submission.customerId,
        details: { submissionId, decision: submission.status, reason: submission.rejectionReason },
      });
      return submission;
    });
  }

  latest(customerId: string): Promise<KycSubmissionRecord | null> {
    return this.dataSource.getRepository(KycSubmissionEntity).findOne({ where: { customerId }, order: { submittedAt: 'DESC' } });
  }
}
