import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { JobScheduler } from '@okpay/database';
import { Clock, isUniqueViolation, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { QueueCalendars } from '../calendars/queue-calendars.service';
import { CALLBACK_EXPIRES_AFTER_MS, EXPIRE_CALLBACK_JOB, ExpireCallbackJobData, expiryJobId } from './callback-jobs';
import { callbackPhone, likelyTimeZone } from './callback-phone';
import { CallbackRequestEntity } from './callback-request.entity';
import { firstCallbackSlot } from './callback-slot';
import { CallbackAlreadyActiveError } from './callback.errors';
import { CallbackRequestRecord } from './callback-request.record';

export interface RequestCallbackCommand {
  /** The signed-in customer, if any. */
  readonly customerId?: string;
  readonly phone: string;
  readonly topic: string;
  readonly locale: Locale;
  readonly name?: string;
  /** Not before this instant (the customer's wish). */
  readonly preferredAt?: Date;
  /** The customer's IANA zone when their number's country does not say it well. */
  readonly timeZone?: string;
  /** When the customer first asked for help, if earlier (a waiting chat turned into a callback). */
  readonly arrivedAt?: Date;
}

/**
 * Schedules a phone callback into the first slot when the callback queue is open and it is
 * daytime (08:00–21:00) for the customer; a request made while closed gets the next such slot.
 */
@Injectable()
export class RequestCallbackUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: QueueCalendars,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async execute(command: RequestCallbackCommand, manager?: EntityManager): Promise<CallbackRequestRecord> {
    const phone = callbackPhone(command.phone);
    // Through the caller's transaction when there is one (converting a queued chat holds its row lock).
    const calendar = await this.calendars.forQueue('callback', manager);
    const timeZone = command.timeZone ?? likelyTimeZone(phone.country, calendar.timeZone);
    const now = this.clock.now();
    const notBefore = command.preferredAt && command.preferredAt > now ? command.preferredAt : now;
    const callback: CallbackRequestEntity = {
      id: randomUUID(),
      customerId: command.customerId ?? null,
      phone: phone.e164,
      timeZone,
      topic: maskSensitiveText(command.topic),
      locale: command.locale,
      name: command.name === undefined ? null : maskSensitiveText(command.name),
      status: 'scheduled',
      priority: 0,
      attempts: 0,
      scheduledFor: firstCallbackSlot(calendar, timeZone, notBefore),
      arrivedAt: command.arrivedAt ?? now,
      lastOutcome: null,
      createdAt: now,
      updatedAt: now,
    };
    const store = async (manager: EntityManager): Promise<CallbackRequestRecord> => {
      // Asked again for the same number: the call already booked is the answer.
      const booked = await this.activeFor(manager, phone.e164, command.customerId);
      if (booked) return booked;
      try {
        await manager.insert(CallbackRequestEntity, callback);
      } catch (error) {
        if (isUniqueViolation(error)) throw new CallbackAlreadyActiveError();
        throw error;
      }
      await this.jobs.schedule(
        {
          name: EXPIRE_CALLBACK_JOB,
          id: expiryJobId(callback.id, 0),
          data: { callbackId: callback.id, attempt: 0 } satisfies ExpireCallbackJobData,
          startAfter: new Date(callback.scheduledFor.getTime() + CALLBACK_EXPIRES_AFTER_MS),
        },
        manager,
      );
      return callback;
    };
    if (manager) return store(manager);
    try {
      return await this.dataSource.transaction(store);
    } catch (error) {
      // The same number asked for twice at once: the other request booked it.
      const booked = error instanceof CallbackAlreadyActiveError ? await this.activeFor(this.dataSource.manager, phone.e164, command.customerId) : null;
      if (booked) return booked;
      throw error;
    }
  }

  /** The scheduled callback to this number, unless it is another customer's. */
  private async activeFor(manager: EntityManager, phone: string, customerId: string | undefined): Promise<CallbackRequestRecord | null> {
    const booked = await manager.findOneBy(CallbackRequestEntity, { phone, status: 'scheduled' });
    return booked && (booked.customerId === null || booked.customerId === customerId) ? booked : null;
  }
}
