import { EntityManager } from 'typeorm';
import { CallbackOutcome } from './callback-request.record';

/** Each call an agent made for a callback, kept for the record (the table has no entity: nothing reads it back here). */
export async function recordCallbackAttempt(
  manager: EntityManager,
  attempt: { readonly callbackId: string; readonly agentId: string; readonly outcome: CallbackOutcome; readonly at: Date },
): Promise<void> {
  await manager.query(`INSERT INTO callback_attempts (callback_id, agent_id, outcome, attempted_at) VALUES ($1, $2, $3, $4)`, [
    attempt.callbackId,
    attempt.agentId,
    attempt.outcome,
    attempt.at,
  ]);
}
