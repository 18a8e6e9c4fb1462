/**
 * The bare baseline for `GET /api/v1/wallet/accounts`: Fastify and a pg pool of the app's size,
 * doing the same work without the framework (verify the customer's HS256 token with the same
 * issuer and audience, read the customer's wallets with the columns TypeORM reads, answer the same
 * JSON). Started by bench/wallet-reads.ts with DATABASE_URL, PORT and AUTH_TOKEN_SECRET.
 */
import Fastify from 'fastify';
import { verify } from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { Pool } from 'pg';

const key = createSecretKey(Buffer.from(process.env.AUTH_TOKEN_SECRET!, 'utf8'));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
const server = Fastify();

server.get('/api/v1/wallet/accounts', async (request, reply) => {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  let customerId: string;
  try {
    customerId = (verify(token ?? '', key, { algorithms: ['HS256'], issuer: 'okpay-support', audience: 'okpay-support/customer' }) as { sub: string }).sub;
  } catch {
    return reply.code(401).send({ code: 'invalid_token' });
  }
  const { rows } = await pool.query<{ id: string; currency: string; balance: string }>({
    name: 'customer-wallets',
    text: `SELECT id, kind, customer_id, merchant_id, system_code, currency, balance, created_at FROM accounts WHERE kind = 'customer' AND customer_id = $1 ORDER BY currency ASC`,
    values: [customerId],
  });
  return rows.map((row) => ({ id: row.id, currency: row.currency, balance: { amount: Number(row.balance), currency: row.currency } }));
});

server.get('/health', async () => ({ status: 'ok' }));

void server.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGINT', () => void server.close().then(() => pool.end()).then(() => process.exit(0)));
