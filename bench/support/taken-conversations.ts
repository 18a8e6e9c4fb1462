import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Marks every open conversation without a queue entry as taken by the demo agent, straight in
 * the bench's own embedded PostgreSQL (over TCP, with the password the app generated in its data
 * directory). This stands in for 10,000 offers and accepts through the routing loop, which
 * would take minutes and measure routing, not chat: once a person owns a conversation, the bot
 * stays silent and a customer's message is stored, acknowledged and fanned out, nothing more.
 * @returns how many conversations were marked.
 */
export async function markConversationsTaken(dataDir: string, port: number): Promise<number> {
  return markConversationsTakenIn(await benchDatabaseClient(dataDir, port));
}

/** A client (not yet connected) of the bench's own embedded PostgreSQL, over TCP with the password the app generated. */
export async function benchDatabaseClient(dataDir: string, port: number): Promise<Client> {
  const password = (await readFile(join(dataDir, 'pg-password'), 'utf8')).trim();
  return new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'okpay' });
}

/** The same, on a database given by URL (the shared one of `npm run db`). */
export function markConversationsTakenAt(databaseUrl: string): Promise<number> {
  return markConversationsTakenIn(new Client({ connectionString: databaseUrl }));
}

async function markConversationsTakenIn(client: Client): Promise<number> {
  await client.connect();
  try {
    const result = await client.query(
      `INSERT INTO chat_queue_entries (id, conversation_id, language, arrived_at, status, assigned_agent_id, assigned_at, updated_at)
       SELECT gen_random_uuid(), c.id, c.locale, now(), 'assigned', (SELECT id FROM agents WHERE email = 'agent@okpay.test'), now(), now()
       FROM conversations c
       WHERE c.status = 'open' AND NOT EXISTS (
         SELECT 1 FROM chat_queue_entries e WHERE e.conversation_id = c.id AND e.status IN ('waiting', 'offered', 'assigned'))`,
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
