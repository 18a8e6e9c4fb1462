import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketEntity } from './ticket.entity';

export interface PostedTicketMessage {
  readonly ticket: TicketEntity;
  readonly message: TicketMessageEntity;
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
