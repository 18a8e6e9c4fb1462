import { Injectable } from '@nestjs/common';
import { ApiErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import { ConversationRecord } from '@okpay/tickets';
import { CustomerDirectory } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';

/**
 * Where a chat's transcript may go: a signed-in customer's account address, never another (the
 * chat may hold their account's facts); a visitor's own address, given now or left with a message.
 */
@Injectable()
export class TranscriptRecipient {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly db: DataSource,
  ) {}

  async addressFor(conversation: ConversationRecord, given: string | undefined): Promise<string> {
    if (conversation.customerId) {
      const customer = await this.customers.findById(conversation.customerId);
      if (customer) return customer.email;
    } else if (given) {
      return given;
    } else if (conversation.ticketId) {
      // The leave-a-message form's address is the ticket's requester's.
      const [left]: { email: string | null }[] = await this.db.query(`SELECT c.email FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE t.id = $1`, [conversation.ticketId]);
      if (left?.email) return left.email;
    }
    throw new DomainError<ApiErrorCode>('transcript_address_required', 'Tell us the email address to send the chat to.');
  }
}
