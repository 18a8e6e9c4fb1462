import { isUniqueViolation } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { ConversationMessageEntity } from './conversation-message.entity';

/*
 * The statements that store and find chat messages by their sender's key. The next `seq` is taken by incrementing the
 * conversation's counter in the same statement that inserts the message, so the row lock orders
 * writers, seq has no gaps and no duplicates, and a message is stored completely or not at all.
 */

/** @returns the stored seq, or null when nothing was stored (a known client id, a closed or missing conversation). */
export async function insertMessage(dataSource: DataSource, message: ConversationMessageEntity, reopens: boolean): Promise<number | null> {
  try {
    const rows: { seq: number }[] = await dataSource.query(
      `WITH next AS (
         UPDATE conversations
         SET last_seq = last_seq + 1, updated_at = $11::timestamptz, status = 'open',
             closed_at = CASE WHEN status = 'open' THEN closed_at ELSE NULL END
         WHERE id = $2 AND (status = 'open' OR $12::boolean)
           AND ($6::text IS NULL OR NOT EXISTS (
             SELECT 1 FROM conversation_messages m
             WHERE m.conversation_id = $2 AND m.author_type = $3 AND m.author_id IS NOT DISTINCT FROM $4::uuid AND m.client_id = $6))
         RETURNING last_seq)
       INSERT INTO conversation_messages
         (id, conversation_id, seq, author_type, author_id, author_name, client_id, body, internal, attachment_id, quick_replies, created_at)
       SELECT $1::uuid, $2::uuid, last_seq, $3::text, $4::uuid, $5::text, $6::text, $7::text, $8::boolean, $9::uuid, $10::jsonb, $11::timestamptz FROM next
       RETURNING seq`,
      [
        message.id,
        message.conversationId,
        message.authorType,
        message.authorId,
        message.authorName,
        message.clientId,
        message.body,
        message.internal,
        message.attachmentId,
        message.quickReplies ? JSON.stringify(message.quickReplies) : null,
        message.createdAt,
        reopens,
      ],
    );
    return rows.length === 1 ? rows[0].seq : null;
  } catch (error) {
    // The same client id raced itself: the other one won; the caller answers with it.
    if (!isUniqueViolation(error, 'conversation_messages_client_id')) throw error;
    return null;
  }
}

/**
 * Customers' text messages with a client id, many conversations at once, as `insertMessage` would
 * store each: per conversation, the counter moves by the number of new messages and they take
 * the seqs in submission order. The conversations are locked in id order, so two batches never
 * deadlock. A message whose client id is known is left out (null). Should the statement fail
 * (the same client id twice, or racing another writer), each message is stored on its own.
 */
export async function insertCustomerTexts(dataSource: DataSource, messages: readonly ConversationMessageEntity[]): Promise<(number | null)[]> {
  let rows: { id: string; seq: number }[];
  try {
    rows = await dataSource.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
           WITH ORDINALITY AS i(id, conversation_id, author_id, author_name, client_id, body, created_at, ord)),
       fresh AS (
         SELECT i.* FROM input i
         WHERE NOT EXISTS (
           SELECT 1 FROM conversation_messages m
           WHERE m.conversation_id = i.conversation_id AND m.author_type = 'customer'
             AND m.author_id IS NOT DISTINCT FROM i.author_id AND m.client_id = i.client_id)),
       counts AS (SELECT conversation_id, count(*)::int AS n, max(created_at) AS at FROM fresh GROUP BY conversation_id),
       locked AS (SELECT id FROM conversations WHERE id IN (SELECT conversation_id FROM counts) ORDER BY id FOR UPDATE),
       next AS (
         UPDATE conversations c
         SET last_seq = c.last_seq + counts.n, updated_at = counts.at, status = 'open',
             closed_at = CASE WHEN c.status = 'open' THEN c.closed_at ELSE NULL END
         FROM counts
         WHERE c.id = counts.conversation_id AND c.id IN (SELECT id FROM locked)
         RETURNING c.id, c.last_seq - counts.n AS before)
       INSERT INTO conversation_messages
         (id, conversation_id, seq, author_type, author_id, author_name, client_id, body, internal, attachment_id, quick_replies, created_at)
       SELECT f.id, f.conversation_id, next.before + row_number() OVER (PARTITION BY f.conversation_id ORDER BY f.ord),
              'customer', f.author_id, f.author_name, f.client_id, f.body, false, NULL, NULL, f.created_at
       FROM fresh f JOIN next ON next.id = f.conversation_id
       RETURNING id, seq`,
      [
        messages.map((m) => m.id),
        messages.map((m) => m.conversationId),
        messages.map((m) => m.authorId),
        messages.map((m) => m.authorName),
        messages.map((m) => m.clientId),
        messages.map((m) => m.body),
        messages.map((m) => m.createdAt),
      ],
    );
  } catch {
    const seqs: (number | null)[] = [];
    // One at a time, so messages to one conversation keep their order.
    for (const message of messages) seqs.push(await insertMessage(dataSource, message, true));
    return seqs;
  }
  const seqById = new Map(rows.map((row) => [row.id, row.seq]));
  return messages.map((m) => seqById.get(m.id) ?? null);
}

const MESSAGE_COLUMNS = `id, conversation_id AS "conversationId", seq, author_type AS "authorType", author_id AS "authorId",
  author_name AS "authorName", client_id AS "clientId", body, internal, attachment_id AS "attachmentId",
  quick_replies AS "quickReplies", created_at AS "createdAt"`;

/** The message this sender already stored under `clientId`: a retried send answers it again. */
export async function messageByClientId(
  dataSource: DataSource,
  key: { readonly conversationId: string; readonly author: { readonly type: string; readonly id: string | null }; readonly clientId: string },
): Promise<ConversationMessageEntity | null> {
  const [row] = await dataSource.query(
    `SELECT ${MESSAGE_COLUMNS} FROM conversation_messages
     WHERE conversation_id = $1 AND author_type = $2 AND author_id IS NOT DISTINCT FROM $3::uuid AND client_id = $4`,
    [key.conversationId, key.author.type, key.author.id, key.clientId],
  );
  return row ?? null;
}
