import { ApiErrorCode } from '@okpay/contracts';
import { AgentHeartbeatTimeoutJobData, ChatDisconnectGraceJobData, ChatOfferTimeoutJobData, ExpireCallbackJobData } from '@okpay/routing';
import { AutoCloseJobData, SlaAtRiskJobData } from '@okpay/tickets';
import { SendEmailJobData, TriageMailJobData } from '@okpay/messaging';
import { DomainError } from '@okpay/shared';
import { SettleBankTransferJobData, SettleCrossBorderTransferJobData } from '@okpay/wallet-core';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min, validateSync } from 'class-validator';
import { flattenValidationErrors } from '../http/validation';

/**
 * A job whose payload is not the shape its handler needs (written by an older or foreign version,
 * or by hand): the job fails with this, naming the job and each bad field, before any use case runs.
 */
export class InvalidJobPayloadError extends DomainError<ApiErrorCode> {
  constructor(jobName: string, jobId: string, problems: readonly string[]) {
    super('invalid_job_payload', `Job ${jobName} ${jobId} has a malformed payload: ${problems.join('; ')}`);
  }
}

/** Checks a job's payload at the worker's edge: known fields only, each of its type. */
export function parseJobPayload<T extends object>(type: new () => T, jobName: string, jobId: string, data: unknown): T {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InvalidJobPayloadError(jobName, jobId, ['the payload must be an object']);
  const instance = plainToInstance(type, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
  if (errors.length > 0) throw new InvalidJobPayloadError(jobName, jobId, flattenValidationErrors(errors).map((problem) => problem.message));
  return instance;
}

/** Instants in payloads are written by `Date.toISOString()`. */
const INSTANT = { strict: true, strictSeparator: true } as const;

export class TransactionJobPayload implements SettleBankTransferJobData, SettleCrossBorderTransferJobData {
  @IsUUID()
  transactionId!: string;
}

export class ExpireCallbackJobPayload implements ExpireCallbackJobData {
  @IsUUID()
  callbackId!: string;

  @IsInt()
  @Min(0)
  attempt!: number;
}

export class ChatOfferTimeoutJobPayload implements ChatOfferTimeoutJobData {
  @IsUUID()
  entryId!: string;

  @IsUUID()
  agentId!: string;

  @IsISO8601(INSTANT)
  expiresAt!: string;
}

export class AgentHeartbeatTimeoutJobPayload implements AgentHeartbeatTimeoutJobData {
  @IsUUID()
  agentId!: string;

  @IsISO8601(INSTANT)
  heartbeatAt!: string;
}

export class ChatDisconnectGraceJobPayload implements ChatDisconnectGraceJobData {
  @IsUUID()
  entryId!: string;

  @IsISO8601(INSTANT)
  disconnectedAt!: string;
}

export class AutoCloseJobPayload implements AutoCloseJobData {
  @IsUUID()
  ticketId!: string;

  @IsISO8601(INSTANT)
  solvedAt!: string;
}

export class SlaAtRiskJobPayload implements SlaAtRiskJobData {
  @IsUUID()
  ticketId!: string;

  @IsIn(['first_response', 'resolution'])
  target!: SlaAtRiskJobData['target'];

  @IsISO8601(INSTANT)
  atRiskAt!: string;
}

export class SendEmailJobPayload implements SendEmailJobData {
  @IsUUID()
  emailId!: string;
}

export class TriageMailJobPayload implements TriageMailJobData {
  @IsUUID()
  emailId!: string;

  @IsOptional()
  @IsString()
  senderName!: string | null;
}
