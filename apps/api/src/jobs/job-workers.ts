import { INestApplicationContext } from '@nestjs/common';
import { LoginAttemptRetention } from '@okpay/auth';
import { BOT_SILENCE_SWEEP_JOB, BotOutcomes } from '@okpay/bot';
import { PgBossJobQueue, RateLimitCounters } from '@okpay/database';
import { NewMailTriage, OutboundMail, SEND_EMAIL_JOB, TRIAGE_MAIL_JOB } from '@okpay/messaging';
import { ReportRollups, ROLL_UP_REPORTS_JOB } from '@okpay/reports';
import { AUTO_CLOSE_TICKET_JOB, SLA_AT_RISK_JOB, SlaAlerts, UpdateTicketUseCase } from '@okpay/tickets';
import {
  AGENT_HEARTBEAT_TIMEOUT_JOB,
  AgentPresenceService,
  ASSIGN_TICKETS_JOB,
  CallbackQueue,
  CHAT_DISCONNECT_GRACE_JOB,
  CHAT_OFFER_TIMEOUT_JOB,
  ChatAssignment,
  ChatQueue,
  EXPIRE_CALLBACK_JOB,
  TicketAssignment,
} from '@okpay/routing';
import { Clock } from '@okpay/shared';
import { IdempotencyStore, SETTLE_BANK_TRANSFER_JOB, SETTLE_CROSS_BORDER_TRANSFER_JOB, SettleBankTransferUseCase, SettleCrossBorderTransferUseCase } from '@okpay/wallet-core';
import {
  AgentHeartbeatTimeoutJobPayload,
  AutoCloseJobPayload,
  ChatDisconnectGraceJobPayload,
  ChatOfferTimeoutJobPayload,
  ExpireCallbackJobPayload,
  parseJobPayload,
  SendEmailJobPayload,
  SlaAtRiskJobPayload,
  TransactionJobPayload,
  TriageMailJobPayload,
} from './job-payloads';

/** Daily housekeeping: rows that only mattered for a while. */
export const PURGE_EXPIRED_RECORDS_JOB = 'maintenance.purge-expired-records';

/** Hourly: rate-limit windows that have ended (a flood leaves many one-minute windows behind). */
export const PURGE_RATE_LIMIT_COUNTERS_JOB = 'maintenance.purge-rate-limit-counters';

/** Every durable job queue the app uses; created at start. */
export const JOB_QUEUES = [
  SETTLE_BANK_TRANSFER_JOB,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  EXPIRE_CALLBACK_JOB,
  CHAT_OFFER_TIMEOUT_JOB,
  AGENT_HEARTBEAT_TIMEOUT_JOB,
  CHAT_DISCONNECT_GRACE_JOB,
  PURGE_EXPIRED_RECORDS_JOB,
  PURGE_RATE_LIMIT_COUNTERS_JOB,
  AUTO_CLOSE_TICKET_JOB,
  SLA_AT_RISK_JOB,
  ASSIGN_TICKETS_JOB,
  SEND_EMAIL_JOB,
  TRIAGE_MAIL_JOB,
  BOT_SILENCE_SWEEP_JOB,
  ROLL_UP_REPORTS_JOB,
] as const;

/** A worker whose handler sees only a payload of the right shape; any other fails its job with `invalid_job_payload`. */
function workChecked<T extends object>(queue: PgBossJobQueue, name: string, type: new () => T, handler: (data: T) => Promise<unknown>): Promise<void> {
  return queue.work<object>(name, async (data, jobId) => {
    await handler(parseJobPayload(type, name, jobId, data));
  });
}

/** Queue-fed workers: each job name calls one use case, with the job's payload checked first. In-process by default. */
export async function startJobWorkers(app: INestApplicationContext, queue: PgBossJobQueue): Promise<void> {
  const settleBankTransfer = app.get(SettleBankTransferUseCase);
  const settleCrossBorder = app.get(SettleCrossBorderTransferUseCase);
  // The demo bank always accepts; a rejection comes from an admin (POST /admin/topups/:id/settle).
  await workChecked(queue, SETTLE_BANK_TRANSFER_JOB, TransactionJobPayload, (data) => settleBankTransfer.execute(data.transactionId, 'succeeded'));
  await workChecked(queue, SETTLE_CROSS_BORDER_TRANSFER_JOB, TransactionJobPayload, (data) => settleCrossBorder.execute(data.transactionId));
  const callbacks = app.get(CallbackQueue);
  await workChecked(queue, EXPIRE_CALLBACK_JOB, ExpireCallbackJobPayload, (data) => callbacks.expire(data));
  const assignment = app.get(ChatAssignment);
  await workChecked(queue, CHAT_OFFER_TIMEOUT_JOB, ChatOfferTimeoutJobPayload, (data) => assignment.offerTimedOut(data));
  const presence = app.get(AgentPresenceService);
  await workChecked(queue, AGENT_HEARTBEAT_TIMEOUT_JOB, AgentHeartbeatTimeoutJobPayload, (data) => presence.heartbeatTimedOut(data));
  const loginAttempts = app.get(LoginAttemptRetention);
  const idempotency = app.get(IdempotencyStore);
  // Cron jobs take no input: their payload is never read.
  await queue.work(PURGE_EXPIRED_RECORDS_JOB, async () => {
    await loginAttempts.purge();
    await idempotency.purgeExpired();
  });
  await queue.recurring(PURGE_EXPIRED_RECORDS_JOB, '17 4 * * *', 'Asia/Shanghai');
  const rateLimitCounters = app.get(RateLimitCounters);
  const clock = app.get(Clock);
  await queue.work(PURGE_RATE_LIMIT_COUNTERS_JOB, async () => {
    await rateLimitCounters.purgeEnded(clock.now());
  });
  await queue.recurring(PURGE_RATE_LIMIT_COUNTERS_JOB, '7 * * * *', 'Asia/Shanghai');
  const tickets = app.get(UpdateTicketUseCase);
  await workChecked(queue, AUTO_CLOSE_TICKET_JOB, AutoCloseJobPayload, (data) => tickets.autoClose(data));
  const alerts = app.get(SlaAlerts);
  await workChecked(queue, SLA_AT_RISK_JOB, SlaAtRiskJobPayload, (data) => alerts.atRisk(data));
  const ticketAssignment = app.get(TicketAssignment);
  await queue.work(ASSIGN_TICKETS_JOB, async () => {
    await ticketAssignment.assignWaiting();
  });
  await queue.recurring(ASSIGN_TICKETS_JOB, '* * * * *', 'Asia/Shanghai');
  const outboundMail = app.get(OutboundMail);
  await workChecked(queue, SEND_EMAIL_JOB, SendEmailJobPayload, (data) => outboundMail.send(data));
  const mailTriage = app.get(NewMailTriage);
  await workChecked(queue, TRIAGE_MAIL_JOB, TriageMailJobPayload, (data) => mailTriage.run(data));
  const chats = app.get(ChatQueue);
  await workChecked(queue, CHAT_DISCONNECT_GRACE_JOB, ChatDisconnectGraceJobPayload, (data) => chats.graceExpired(data));
  const botOutcomes = app.get(BotOutcomes);
  await queue.work(BOT_SILENCE_SWEEP_JOB, async () => {
    await botOutcomes.endSilentConversations();
  });
  await queue.recurring(BOT_SILENCE_SWEEP_JOB, '* * * * *', 'Asia/Shanghai');
  // Reports roll pending events on every read too; the job keeps the rollups current between reads.
  const reportRollups = app.get(ReportRollups);
  await queue.work(ROLL_UP_REPORTS_JOB, async () => {
    await reportRollups.rollPending();
  });
  await queue.recurring(ROLL_UP_REPORTS_JOB, '* * * * *', 'Asia/Shanghai');
  // Conversations that fell silent while no worker ran end now, not at the first tick of the cron.
  await botOutcomes.endSilentConversations();
}
