import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { CallbackRequestEntity } from './callback-request.entity';
import { CallbackNotActiveError, CallbackNotFoundError } from './callback.errors';
import { ExpireCallbackJobData } from './callback-jobs';

/** The agents' callback list, customers' cancellations, and expiry of callbacks nobody made. */
@Injectable()
export class CallbackQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Scheduled callbacks; `dueOnly` keeps those whose time has come. Priority first, then first arrival. */
  workList(dueOnly: boolean): Promise<CallbackRequestEntity[]> {
    return this.dataSource.getRepository(CallbackRequestEntity).find({
      where: { status: 'scheduled', ...(dueOnly ? { scheduledFor: LessThanOrEqual(this.clock.now()) } : {}) },
      order: { priority: 'DESC', arrivedAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  /** A customer cancels their own scheduled callback; anyone else's is "not found". */
  async cancel(customerId: string, callbackId: string): Promise<CallbackRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const callback = await manager.findOne(CallbackRequestEntity, {
        where: { id: callbackId, customerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!callback) throw new CallbackNotFoundError();
      if (callback.status !== 'scheduled') throw new CallbackNotActiveError();
      Object.assign(callback, { status: 'cancelled', updatedAt: this.clock.now() });
      return manager.save(callback);
    });
  }

  /** The expiry job: only if the callback still waits on the same attempt. */
  async expire(job: ExpireCallbackJobData): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE callback_requests SET status = 'expired', updated_at = $3
       WHERE id = $1 AND status = 'scheduled' AND attempts = $2 RETURNING id`,
      [job.callbackId, job.attempt, this.clock.now()],
    );
    return rows.length > 0;
  }
}
