import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ConversationEntity } from './conversation.entity';
import { ConversationNotFoundError, CsatNotAllowedError } from './conversation.errors';
import { ConversationRecord } from './conversation.record';

/** Who is on the customer side of a conversation. */
export type ConversationOwner = { readonly kind: 'customer'; readonly id: string } | { readonly kind: 'visitor'; readonly id: string; readonly conversationId: string };

/** A conversation's lifecycle: opened for its owner, read marks, closing, the customer's rating. */
@Injectable()
export class Conversations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The owner's conversation: a visitor's is the one their session reserved; a customer's is
   * their latest (created on first use).
   */
  async forOwner(owner: ConversationOwner, locale: Locale): Promise<ConversationRecord> {
    const repository = this.dataSource.getRepository(ConversationEntity);
    if (owner.kind === 'visitor') {
      await this.dataSource.query(
        // The visitor chose a language when the session started; the handshake's is only a fallback.
        `INSERT INTO conversations (id, visitor_id, locale, status, created_at, updated_at)
         VALUES ($1, $2, coalesce((SELECT locale FROM visitor_sessions WHERE id = $2), $3), 'open', $4, $4)
         ON CONFLICT (id) DO NOTHING`,
        [owner.conversationId, owner.id, locale, this.clock.now()],
      );
      const conversation = await repository.findOneBy({ id: owner.conversationId });
      if (!conversation || conversation.visitorId !== owner.id) throw new ConversationNotFoundError();
      return conversation;
    }
    return this.dataSource.transaction(async (manager) => {
      // One customer connecting from two tabs at once still gets one conversation.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [owner.id]);
      const [latest] = await manager.find(ConversationEntity, { where: { customerId: owner.id }, order: { createdAt: 'DESC' }, take: 1 });
      if (latest) return latest;
      const now = this.clock.now();
      const created = Object.assign(new ConversationEntity(), {
        id: randomUUID(),
        customerId: owner.id,
        visitorId: null,
        locale,
        status: 'open',
        lastSeq: 0,
        customerReadSeq: 0,
        agentReadSeq: 0,
        handoffRefusedAt: null,
        ticketId: null,
        csatScore: null,
        csatComment: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      } satisfies ConversationEntity);
      await manager.insert(ConversationEntity, created);
      return created;
    });
  }

  async get(id: string): Promise<ConversationRecord> {
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneBy({ id });
    if (!conversation) throw new ConversationNotFoundError();
    return conversation;
  }

  findMany(ids: readonly string[]): Promise<ConversationRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ConversationEntity).findBy({ id: In([...ids]) });
  }

  /** @returns false when it was already closed. */
  async close(id: string): Promise<boolean> {
    const now = this.clock.now();
    const [rows] = await this.dataSource.query(
      `UPDATE conversations SET status = 'closed', closed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'open' RETURNING id`,
      [id, now],
    );
    return rows.length > 0;
  }

  /** The customer's rating of a closed conversation, once. */
  async rate(id: string, score: number, comment: string | undefined): Promise<void> {
    const [rows] = await this.dataSource.query(
      `UPDATE conversations SET csat_score = $2, csat_comment = $3, updated_at = $4
       WHERE id = $1 AND status = 'closed' AND csat_score IS NULL RETURNING id`,
      [id, score, comment === undefined ? null : maskSensitiveText(comment), this.clock.now()],
    );
    if (rows.length === 0) throw new CsatNotAllowedError();
  }

  /** Everything up to `seq` was read by that side; marks only move forward. @returns the mark now stored. */
  async markRead(id: string, reader: 'customer' | 'agent', seq: number): Promise<number> {
    const column = reader === 'customer' ? 'customer_read_seq' : 'agent_read_seq';
    const [rows] = await this.dataSource.query(
      `UPDATE conversations SET ${column} = greatest(${column}, least($2::int, last_seq)) WHERE id = $1 RETURNING ${column} AS seq`,
      [id, seq],
    );
    if (rows.length === 0) throw new ConversationNotFoundError();
    return rows[0].seq;
  }

  async linkTicket(id: string, ticketId: string): Promise<void> {
    await this.dataSource.query(`UPDATE conversations SET ticket_id = $2, updated_at = $3 WHERE id = $1`, [id, ticketId, this.clock.now()]);
  }

  /** The chat queue took this conversation: a later refusal is news again. */
  async clearHandoffRefused(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE conversations SET handoff_refused_at = NULL WHERE id = $1 AND handoff_refused_at IS NOT NULL`, [id]);
  }

  /**
   * The chat queue turned this conversation away at `at`. @returns true for the one caller that
   * should tell the customer (none told within `quietMs`), even when messages race.
   */
  async claimHandoffRefusal(id: string, at: Date, quietMs: number): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE conversations SET handoff_refused_at = $2
       WHERE id = $1 AND (handoff_refused_at IS NULL OR handoff_refused_at <= $3) RETURNING id`,
      [id, at, new Date(at.getTime() - quietMs)],
    );
    return rows.length > 0;
  }
}
