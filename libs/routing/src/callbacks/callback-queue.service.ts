import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { OpenTicketUseCase } from '@okpay/tickets';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { CallbackRequestEntity } from './callback-request.entity';
import { CallbackNotActiveError, CallbackNotFoundError } from './callback.errors';
import { ExpireCallbackJobData } from './callback-jobs';
import { MISSED_CALLBACK_TICKET_TEXTS } from './missed-callback-ticket-texts';
import { CallbackRequestRecord } from './callback-request.record';

/** The agents' callback list, customers' cancellations, and expiry of callbacks nobody made. */
@Injectable()
export class CallbackQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly openTicket: OpenTicketUseCase,
    private readonly clock: Clock,
  ) {}

  /** Scheduled callbacks; `dueOnly` keeps those whose time has come. Priority first, then first arrival. */
  workList(dueOnly: boolean): Promise<CallbackRequestRecord[]> {
    return this.dataSource.getRepository(CallbackRequestEntity).find({
      where: { status: 'scheduled', ...(dueOnly ? { scheduledFor: LessThanOrEqual(this.clock.now()) } : {}) },
      order: { priority: 'DESC', arrivedAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  /** A contact's callbacks, newest first: the wallet customer's, and any asked for from their phone number. */
  ofContact(customerId: string | null, phone: string | null): Promise<CallbackRequestRecord[]> {
    const mine = [...(customerId ? [{ customerId }] : []), ...(phone ? [{ phone }] : [])];
    if (mine.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(CallbackRequestEntity).find({ where: mine, order: { createdAt: 'DESC', id: 'DESC' }, take: 100 });
  }

  /** A customer cancels their own scheduled callback; anyone else's is "not found". */
  async cancel(customerId: string, callbackId: string): Promise<CallbackRequestRecord> {
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

  /**
   * The expiry job: only if the callback still waits on the same attempt. A callback nobody made
   * becomes a ticket, so the customer's request is not lost.
   */
  async expire(job: ExpireCallbackJobData): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE callback_requests SET status = 'expired', updated_at = $3
         WHERE id = $1 AND status = 'scheduled' AND attempts = $2 RETURNING id`,
        [job.callbackId, job.attempt, this.clock.now()],
      );
      if (rows.length === 0) return false;
      const callback = await manager.findOneByOrFail(CallbackRequestEntity, { id: job.callbackId });
      const texts = MISSED_CALLBACK_TICKET_TEXTS[callback.locale];
      await this.openTicket.execute(
        {
          requester: { kind: 'system' },
          customerId: callback.customerId ?? undefined,
          phone: callback.phone,
          subject: texts.subject(callback.topic),
          body: texts.body({ ...callback, requestedAt: callback.arrivedAt.toISOString() }),
          channel: 'phone',
          language: callback.locale,
          priority: 'high',
        },
        manager,
      );
      return true;
    });
  }
}
