import { INestApplicationContext } from '@nestjs/common';
import { LoginAttemptRetention } from '@okpay/auth';
import { PgBossJobQueue, RateLimitCounters } from '@okpay/database';
import { OutboundMail, SEND_EMAIL_JOB, SendEmailJobData } from '@okpay/messaging';
import { AUTO_CLOSE_TICKET_JOB, AutoCloseJobData, SLA_AT_RISK_JOB, SlaAlerts, SlaAtRiskJobData, UpdateTicketUseCase } from '@okpay/tickets';
import {
  AGENT_HEARTBEAT_TIMEOUT_JOB,
  AgentHeartbeatTimeoutJobData,
  AgentPresenceService,
  ASSIGN_TICKETS_JOB,
  CallbackQueue,
  CHAT_DISCONNECT_GRACE_JOB,
  CHAT_OFFER_TIMEOUT_JOB,
  ChatAssignment,
  ChatDisconnectGraceJobData,
  ChatOfferTimeoutJobData,
  ChatQueue,
  EXPIRE_CALLBACK_JOB,
  ExpireCallbackJobData,
  TicketAssignment,
} from '@okpay/routing';
import { Clock } from '@okpay/shared';
import {
  IdempotencyStore,
  SETTLE_BANK_TRANSFER_JOB,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleBankTransferJobData,
  SettleBankTransferUseCase,
  SettleCrossBorderTransferJobData,
  SettleCrossBorderTransferUseCase,
} from '@okpay/wallet-core';

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
] as const;

/** Queue-fed workers: each job name calls one use case. In-process by default. */
export async function startJobWorkers(app: INestApplicationContext, queue: PgBossJobQueue): Promise<void> {
  const settleBankTransfer = app.get(SettleBankTransferUseCase);
  const settleCrossBorder = app.get(SettleCrossBorderTransferUseCase);
  // The demo bank always accepts; a rejection comes from an admin (POST /admin/topups/:id/settle).
  await queue.work<SettleBankTransferJobData>(SETTLE_BANK_TRANSFER_JOB, async (data) => {
    await settleBankTransfer.execute(data.transactionId, 'succeeded');
  });
  await queue.work<SettleCrossBorderTransferJobData>(SETTLE_CROSS_BORDER_TRANSFER_JOB, async (data) => {
    await settleCrossBorder.execute(data.transactionId);
  });
  const callbacks = app.get(CallbackQueue);
  await queue.work<ExpireCallbackJobData>(EXPIRE_CALLBACK_JOB, async (data) => {
    await callbacks.expire(data);
  });
  const assignment = app.get(ChatAssignment);
  await queue.work<ChatOfferTimeoutJobData>(CHAT_OFFER_TIMEOUT_JOB, (data) => assignment.offerTimedOut(data));
  const presence = app.get(AgentPresenceService);
  await queue.work<AgentHeartbeatTimeoutJobData>(AGENT_HEARTBEAT_TIMEOUT_JOB, async (data) => {
    await presence.heartbeatTimedOut(data);
  });
  const loginAttempts = app.get(LoginAttemptRetention);
  const idempotency = app.get(IdempotencyStore);
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
  await queue.work<AutoCloseJobData>(AUTO_CLOSE_TICKET_JOB, async (data) => {
    await tickets.autoClose(data);
  });
  const alerts = app.get(SlaAlerts);
  await queue.work<SlaAtRiskJobData>(SLA_AT_RISK_JOB, async (data) => {
    await alerts.atRisk(data);
  });
  const ticketAssignment = app.get(TicketAssignment);
  await queue.work(ASSIGN_TICKETS_JOB, async () => {
    await ticketAssignment.assignWaiting();
  });
  await queue.recurring(ASSIGN_TICKETS_JOB, '* * * * *', 'Asia/Shanghai');
  const outboundMail = app.get(OutboundMail);
  await queue.work<SendEmailJobData>(SEND_EMAIL_JOB, async (data) => {
    await outboundMail.send(data);
  });
  const chats = app.get(ChatQueue);
  await queue.work<ChatDisconnectGraceJobData>(CHAT_DISCONNECT_GRACE_JOB, async (data) => {
    await chats.graceExpired(data);
  });
}
