import { Injectable } from '@nestjs/common';
import { JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { QueueCalendars } from '../calendars/queue-calendars.service';
import { recordCallbackAttempt } from './callback-attempts.repository';
import { CALLBACK_EXPIRES_AFTER_MS, EXPIRE_CALLBACK_JOB, ExpireCallbackJobData, expiryJobId } from './callback-jobs';
import { CallbackRequestEntity } from './callback-request.entity';
import { CallbackOutcome, CallbackRequestRecord } from './callback-request.record';
import { firstCallbackSlot } from './callback-slot';
import { CallbackNotActiveError, CallbackNotFoundError } from './callback.errors';

/** Calls that did not reach anyone are tried again, up to this many calls in all… */
export const MAX_CALL_ATTEMPTS = 3;
/** …and never sooner than this after the last one. */
export const RETRY_GAP_MS = 10 * 60_000;

const RETRIED: readonly CallbackOutcome[] = ['no_answer', 'busy'];

/**
 * An agent records how a call went. Answered or voicemail ends it; a wrong number makes it
 * unreachable; no answer or busy schedules the next try in an open slot, until the attempts run out.
 */
@Injectable()
export class RecordCallbackAttemptUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: QueueCalendars,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async execute(agentId: string, callbackId: string, outcome: CallbackOutcome): Promise<CallbackRequestRecord> {
    const calendar = await this.calendars.forQueue('callback');
    return this.dataSource.transaction(async (manager) => {
      const callback = await manager.findOne(CallbackRequestEntity, { where: { id: callbackId }, lock: { mode: 'pessimistic_write' } });
      if (!callback) throw new CallbackNotFoundError();
      if (callback.status !== 'scheduled') throw new CallbackNotActiveError();

      const now = this.clock.now();
      await recordCallbackAttempt(manager, { callbackId, agentId, outcome, at: now });
      callback.attempts += 1;
      callback.lastOutcome = outcome;
      callback.updatedAt = now;
      if (!RETRIED.includes(outcome)) {
        callback.status = outcome === 'wrong_number' ? 'unreachable' : 'completed';
      } else if (callback.attempts >= MAX_CALL_ATTEMPTS) {
        callback.status = 'unreachable';
      } else {
        callback.scheduledFor = firstCallbackSlot(calendar, callback.timeZone, new Date(now.getTime() + RETRY_GAP_MS));
        await this.jobs.schedule(
          {
            name: EXPIRE_CALLBACK_JOB,
            id: expiryJobId(callback.id, callback.attempts),
            data: { callbackId: callback.id, attempt: callback.attempts } satisfies ExpireCallbackJobData,
            startAfter: new Date(callback.scheduledFor.getTime() + CALLBACK_EXPIRES_AFTER_MS),
          },
          manager,
        );
      }
      await manager.save(callback);
      return callback;
    });
  }
}
