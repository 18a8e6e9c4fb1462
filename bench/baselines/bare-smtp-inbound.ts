/**
 * The bare baseline for inbound mail: smtp-server and postal-mime, and the core inserts of the
 * app's intake in one transaction before the 250 (the email row once per Message-ID, the sender's
 * contact found or created, then either the ticket the mail replies to found by In-Reply-To and a
 * message added, or a new ticket with its first message and its mail thread), with no framework.
 * Started by bench/email-inbound.ts with DATABASE_URL and SMTP_PORT.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });

async function contactFor(client: PoolClient, address: string, name: string | null): Promise<string> {
  // The app's condition for a sender who is not a wallet customer, which the index of their addresses serves.
  const [found] = (await client.query({ name: 'contact-by-email', text: 'SELECT id FROM contacts WHERE email = $1 AND customer_id IS NULL', values: [address] })).rows;
  if (found) return found.id as string;
  const id = randomUUID();
  await client.query({ name: 'insert-contact', text: 'INSERT INTO contacts (id, email, name, created_at) VALUES ($1, $2, $3, now())', values: [id, address, name] });
  return id;
}

async function intake(raw: Buffer, sender: string): Promise<void> {
  const mail = await PostalMime.parse(raw);
  const from = (mail.from?.address ?? sender).toLowerCase();
  const messageId = (mail.messageId ?? `<${randomUUID()}@bare>`).replace(/^<|>$/g, '');
  const inReplyTo = mail.inReplyTo?.replace(/^<|>$/g, '') ?? null;
  const text = mail.text ?? '';
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [email] = (
      await client.query({
        name: 'insert-email',
        text: `INSERT INTO email_messages (id, direction, kind, message_id, content_hash, from_address, to_address, subject, in_reply_to, "references", full_text, status, attempts, created_at)
               VALUES ($1, 'inbound', 'customer', $2, $3, $4, 'support@okpay.test', $5, $6, '{}', $7, 'received', 0, now())
               ON CONFLICT (message_id, content_hash) WHERE direction = 'inbound' DO NOTHING RETURNING id`,
        values: [randomUUID(), messageId, createHash('sha256').update(raw).digest('hex'), from, mail.subject ?? '', inReplyTo, text],
      })
    ).rows;
    if (!email) {
      await client.query('COMMIT');
      return;
    }
    const contactId = await contactFor(client, from, mail.from?.name || null);
    const [thread] = inReplyTo
      ? (await client.query({ name: 'thread-of', text: `SELECT ticket_id FROM email_messages WHERE message_id = $1 AND ticket_id IS NOT NULL LIMIT 1`, values: [inReplyTo] })).rows
      : [];
    let ticketId = thread?.ticket_id as string | undefined;
    if (!ticketId) {
      ticketId = randomUUID();
      await client.query({
        name: 'insert-ticket',
        text: `INSERT INTO tickets (id, subject, status, priority, channel, language, contact_id, created_at, updated_at) VALUES ($1, $2, 'new', 'normal', 'email', 'en', $3, now(), now())`,
        values: [ticketId, mail.subject ?? '', contactId],
      });
      await client.query({
        name: 'insert-thread',
        text: `INSERT INTO email_threads (ticket_id, reply_token, address, locale, created_at) VALUES ($1, $2, $3, 'en', now())`,
        values: [ticketId, randomBytes(12).toString('hex'), from],
      });
    }
    const messageRowId = randomUUID();
    await client.query({
      name: 'insert-message',
      text: `INSERT INTO ticket_messages (id, ticket_id, author_type, body, created_at) VALUES ($1, $2, 'customer', $3, now())`,
      values: [messageRowId, ticketId, text],
    });
    await client.query({ name: 'link-email', text: 'UPDATE email_messages SET ticket_id = $2, ticket_message_id = $3 WHERE id = $1', values: [email.id, ticketId, messageRowId] });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      intake(Buffer.concat(chunks), session.envelope.mailFrom ? session.envelope.mailFrom.address : '').then(
        () => callback(),
        (error: Error) => callback(Object.assign(error, { responseCode: 451 })),
      );
    });
  },
});
server.listen(Number(process.env.SMTP_PORT), '127.0.0.1');
process.once('SIGINT', () => server.close(() => void pool.end().then(() => process.exit(0))));
