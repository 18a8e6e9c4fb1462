import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TicketRecord } from './ticket.record';
import { TicketMessageRecord } from './ticket-message.record';

export interface PostedTicketMessage {
  readonly ticket: TicketRecord;
  readonly message: TicketMessageRecord;
}

export type TicketMessageHook = (manager: EntityManager, posted: PostedTicketMessage) => Promise<void>;

/**
 * Lets other libs act on a new ticket message inside the transaction that stores it (queue an
 * email, say) without tickets knowing them: what they do commits or rolls back with the message.
 */
@Injectable()
export class TicketMessageHooks {
  private readonly hooks: TicketMessageHook[] = [];

  onMessagePosted(hook: TicketMessageHook): void {
    this.hooks.push(hook);
  }

  async messagePosted(manager: EntityManager, posted: PostedTicketMessage): Promise<void> {
    for (const hook of this.hooks) await hook(manager, posted);
  }
}
