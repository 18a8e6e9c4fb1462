import { INestApplicationContext } from '@nestjs/common';
import { PgBossJobQueue } from '@okpay/database';
import {
  AGENT_HEARTBEAT_TIMEOUT_JOB,
  AgentHeartbeatTimeoutJobData,
  AgentPresenceService,
  CallbackQueue,
  CHAT_DISCONNECT_GRACE_JOB,
  CHAT_OFFER_TIMEOUT_JOB,
  ChatAssignment,
  ChatDisconnectGraceJobData,
  ChatOfferTimeoutJobData,
  ChatQueue,
  EXPIRE_CALLBACK_JOB,
  ExpireCallbackJobData,
} from '@okpay/routing';
import {
  SETTLE_BANK_TRANSFER_JOB,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleBankTransferJobData,
  SettleBankTransferUseCase,
  SettleCrossBorderTransferJobData,
  SettleCrossBorderTransferUseCase,
} from '@okpay/wallet-core';

/** Every durable job queue the app uses; created at start. */
export const JOB_QUEUES = [
  SETTLE_BANK_TRANSFER_JOB,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  EXPIRE_CALLBACK_JOB,
  CHAT_OFFER_TIMEOUT_JOB,
  AGENT_HEARTBEAT_TIMEOUT_JOB,
  CHAT_DISCONNECT_GRACE_JOB,
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
  const chats = app.get(ChatQueue);
  await queue.work<ChatDisconnectGraceJobData>(CHAT_DISCONNECT_GRACE_JOB, async (data) => {
    await chats.graceExpired(data);
  });
}
