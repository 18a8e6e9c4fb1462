/**
 * Assignment decisions per second with 1,000 waiting chats and 100 agents (capacity 10 each),
 * in-process on the built app and its own embedded PostgreSQL. Run: npm run bench:assignment.
 * Not part of npm test. Measures one routing loop and four running at once.
 */
import type { ChatAssignment as ChatAssignmentType } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The compiled build: Nest's dependency injection needs the decorator metadata swc emits.
const load = createRequire(__filename);
const { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } = load('../dist/libs/database/src/index.js') as typeof import('@okpay/database');
const { loadConfig, SystemClock } = load('../dist/libs/shared/src/index.js') as typeof import('@okpay/shared');
const { ChatAssignment } = load('../dist/libs/routing/src/index.js') as typeof import('@okpay/routing');
const { createApiApp } = load('../dist/apps/api/src/api-app.js') as typeof import('../apps/api/src/api-app');
const { JOB_QUEUES } = load('../dist/apps/api/src/jobs/job-workers.js') as typeof import('../apps/api/src/jobs/job-workers');

const CHATS = 1000;
const AGENTS = 100;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-assignment-'));
  await chmod(dataDir, 0o755);
  const postgres = await EmbeddedPostgresServer.start({ dataDir, port: 0, databaseName: 'okpay' });
  try {
    await runMigrations(postgres.url);
    const jobs = new PgBossJobQueue(postgres.url, (error) => console.error(error));
    await jobs.start(JOB_QUEUES);
    const app = await createApiApp({
      config: loadConfig({ LOG_LEVEL: 'silent', SMTP_INGEST_PORT: '0' }),
      clock: new SystemClock(),
      databaseUrl: postgres.url,
      tokenSecret: 'bench-token-secret-that-is-long-enough-0123456789',
      widgetIdentitySecret: 'bench-widget-identity-secret-long-enough-0123456789',
      jobs,
    });
    const { DataSource } = load('typeorm') as typeof import('typeorm');
    const db = app.get(DataSource);
    const assignment: ChatAssignmentType = app.get(ChatAssignment);

    const run = async (label: string, parallel: number) => {
      await db.query(`DELETE FROM chat_queue_entries`);
      await db.query(`UPDATE agent_routing_profiles SET active_chats = 0, last_heartbeat_at = now(), presence = 'online'`);
      const now = Date.now();
      await db.query(
        `INSERT INTO chat_queue_entries (id, conversation_id, language, priority, arrived_at, status, updated_at)
         SELECT gen_random_uuid(), gen_random_uuid(), CASE WHEN i % 3 = 0 THEN 'en' ELSE 'zh-CN' END, 0,
                to_timestamp($1 / 1000.0) + i * interval '1 millisecond', 'waiting', now()
         FROM generate_series(1, $2) AS i`,
        [now, CHATS],
      );
      const started = performance.now();
      const offers = (await Promise.all(Array.from({ length: parallel }, () => assignment.offerAll()))).flat();
      const seconds = (performance.now() - started) / 1000;
      console.log(`${label}: ${offers.length} offers in ${seconds.toFixed(2)} s → ${Math.round(offers.length / seconds)} decisions/s`);
    };

    for (let i = 0; i < AGENTS; i++) {
      const id = randomUUID();
      await db.query(`INSERT INTO agents (id, email, name, role, password_hash, active, created_at) VALUES ($1, $2, 'Bench', 'agent', 'x', true, now())`, [id, `bench${i}@okpay.test`]);
      await db.query(
        `INSERT INTO agent_routing_profiles (agent_id, presence, last_heartbeat_at, chat_capacity, languages, idle_since)
         VALUES ($1, 'online', now(), 10, $2, now() - $3 * interval '1 second')`,
        [id, i % 4 === 0 ? ['en'] : ['zh-CN', 'en'], i],
      );
    }
    console.log(`${CHATS} waiting chats, ${AGENTS} agents of capacity 10`);
    await run('one routing loop', 1);
    await run('four loops at once', 4);
    await app.close();
    await jobs.stop();
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
