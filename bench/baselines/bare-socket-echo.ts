/**
 * The bare baseline for the widget's steady state: socket.io alone on `/widget`, each message
 * stored in PostgreSQL (one insert, once per clientId) before its ack, then sent to the
 * conversation's room as `message:new`. The socket's conversation comes from its handshake
 * (`auth.conversationId`), with no token, no validation, no routing. Started by
 * bench/widget-echo.ts with DATABASE_URL and PORT.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Server } from 'socket.io';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
const http = createServer((_request, response) => response.writeHead(200).end('ok'));
const io = new Server(http, { transports: ['websocket'] });

io.of('/widget').on('connection', (socket) => {
  const conversationId = String((socket.handshake.auth as { conversationId?: string }).conversationId);
  void socket.join(conversationId);
  socket.on('message:send', async (payload: { clientId: string; text: string }, ack?: (answer: unknown) => void) => {
    const { rows } = await pool.query<{ id: string; seq: string }>({
      name: 'store-message',
      text: `INSERT INTO bare_chat_messages (id, conversation_id, client_id, text) VALUES ($1, $2, $3, $4)
             ON CONFLICT (conversation_id, client_id) DO UPDATE SET client_id = EXCLUDED.client_id RETURNING id, seq`,
      values: [randomUUID(), conversationId, payload.clientId, payload.text],
    });
    const message = { id: rows[0].id, seq: Number(rows[0].seq), conversationId, text: payload.text, author: { type: 'customer' } };
    ack?.({ id: message.id, seq: message.seq });
    io.of('/widget').to(conversationId).emit('message:new', message);
  });
});

async function main(): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS bare_chat_messages (
    id uuid PRIMARY KEY,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    conversation_id uuid NOT NULL,
    client_id uuid NOT NULL,
    text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (conversation_id, client_id)
  )`);
  http.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
process.once('SIGINT', () => void io.close(() => void pool.end().then(() => process.exit(0))));
