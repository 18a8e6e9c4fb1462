/**
 * The agent inbox over a generated 1,000,000-ticket database: first page and a deep cursor page
 * of the default view, and a search, each with p50/p95, through HTTP on the built app.
 * Run: npm run bench:tickets (several minutes: generating the data dominates). Not part of npm test.
 */
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

const TICKETS = Number(process.env.TICKETS ?? 1_000_000);
const SAMPLES = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(label: string, url: string, token: string): Promise<void> {
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${label}: ${response.status} ${await response.text()}`);
    await response.json();
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  console.log(`${label}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${SAMPLES} requests)`);
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-tickets-'));
  await chmod(dataDir, 0o755);
  const pgPort = await freePort();
  const api = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'error' });
  try {
    await waitForHealthy(api);
    const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const db = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'okpay' });
    await db.connect();
    const started = performance.now();
    const [{ contact }] = (await db.query(`INSERT INTO contacts (id, created_at) VALUES (gen_random_uuid(), now()) RETURNING id AS contact`)).rows;
    await db.query(
      `INSERT INTO tickets (id, subject, status, priority, channel, contact_id, created_at, updated_at)
       SELECT gen_random_uuid(),
              CASE WHEN i % 2 = 0 THEN 'Top-up not credited ' || i ELSE '银行转账充值未到账 ' || i END,
              (ARRAY['new','open','pending','solved','closed'])[1 + i % 5],
              (ARRAY['low','normal','high','urgent'])[1 + i % 4],
              'web', $1, now() - i * interval '1 second', now()
       FROM generate_series(1, $2) AS i`,
      [contact, TICKETS],
    );
    await db.query(
      `INSERT INTO ticket_messages (id, ticket_id, author_type, body, internal, created_at)
       SELECT gen_random_uuid(), id, 'customer', 'Please check transfer ' || number || ' 请尽快处理', false, created_at FROM tickets`,
    );
    await db.query(`VACUUM ANALYZE tickets`);
    await db.query(`VACUUM ANALYZE ticket_messages`);
    console.log(`generated ${TICKETS} tickets with a message each in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const login = await fetch(`${api.baseUrl}/api/v1/auth/agents/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@okpay.test', password: 'agent-demo-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    const [{ created_at, id }] = (await db.query(`SELECT created_at, id FROM tickets ORDER BY created_at, id OFFSET 25 LIMIT 1`)).rows;
    const deepCursor = Buffer.from(JSON.stringify([new Date(created_at).toISOString(), id])).toString('base64url');
    await db.end();

    const base = `${api.baseUrl}/api/v1/tickets`;
    await timed('default view, first page', `${base}?limit=25`, token);
    await timed('default view, deep cursor page (near the oldest ticket)', `${base}?limit=25&cursor=${deepCursor}`, token);
    await timed('open tickets, first page', `${base}?status=open&limit=25`, token);
    await timed('search "充值未到账 99999"', `${base}/search?q=${encodeURIComponent('充值未到账 99999')}`, token);
    await timed('search "Top-up not credited 424242"', `${base}/search?q=${encodeURIComponent('Top-up not credited 424242')}`, token);
  } finally {
    api.child.kill('SIGINT');
    await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
