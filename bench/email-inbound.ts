/**
 * Sustained inbound mail per second, end to end: SMTP clients deliver to the app's listener,
 * and each mail counts when the listener has answered 250, which it does only after the ticket
 * (new thread) or ticket message (reply) is committed. Half new threads, half replies that
 * thread by In-Reply-To. In-process on the built app and its own embedded PostgreSQL.
 * Run: npm run bench:email. Not part of npm test.
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

// The compiled build: Nest's dependency injection needs the decorator metadata swc emits.
const load = createRequire(__filename);
const { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } = load('../dist/libs/database/src/index.js') as typeof import('@okpay/database');
const { loadConfig, SystemClock } = load('../dist/libs/shared/src/index.js') as typeof import('@okpay/shared');
const { createApiApp } = load('../dist/apps/api/src/api-app.js') as typeof import('../apps/api/src/api-app');
const { JOB_QUEUES } = load('../dist/apps/api/src/jobs/job-workers.js') as typeof import('../apps/api/src/jobs/job-workers');
const { DemoSeed } = load('../dist/apps/api/src/seed/demo-seed.js') as typeof import('../apps/api/src/seed/demo-seed');

const MAILS = Number(process.env.BENCH_MAILS ?? 4000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const WARM_UP = 200;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-email-'));
  await chmod(dataDir, 0o755);
  const postgres = await EmbeddedPostgresServer.start({ dataDir, port: 0, databaseName: 'okpay' });
  try {
    await runMigrations(postgres.url);
    const jobs = new PgBossJobQueue(postgres.url, (error) => console.error(error));
    await jobs.start(JOB_QUEUES);
    const smtpPort = await freePort();
    const app = await createApiApp({
      config: loadConfig({ LOG_LEVEL: 'silent', SMTP_INGEST_PORT: String(smtpPort), DATA_DIR: dataDir }),
      clock: new SystemClock(),
      databaseUrl: postgres.url,
      tokenSecret: 'bench-token-secret-that-is-long-enough-0123456789',
      widgetIdentitySecret: 'bench-widget-identity-secret-long-enough-0123456789',
      jobs,
    });
    await app.get(DemoSeed).run();
    const { DataSource } = load('typeorm') as typeof import('typeorm');
    const db = app.get(DataSource);

    // Each client is one pooled SMTP connection, like a sending server delivering a queue.
    const clients = Array.from({ length: CONNECTIONS }, () =>
      nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity }),
    );
    // Threads started so far, per client, that a later mail can reply to.
    const threads: { from: string; messageId: string }[][] = clients.map(() => []);
    const deliver = async (client: number, i: number) => {
      const open = threads[client];
      const replyTo = i % 2 === 1 && open.length > 0 ? open[(i * 7919) % open.length] : null;
      const messageId = `<${randomUUID()}@bench.example>`;
      if (replyTo) {
        await clients[client].sendMail({
          from: replyTo.from,
          to: 'support@okpay.test',
          subject: 'Re: My payment',
          text: `Any news? (${i})\n\nOn Mon, 4 Jan 2027 at 10:00, OKPay Support <support@okpay.test> wrote:\n> earlier`,
          messageId,
          inReplyTo: replyTo.messageId,
        });
      } else {
        const from = `bench-${client}-${i}@example.com`;
        await clients[client].sendMail({ from, to: 'support@okpay.test', subject: `My payment ${i}`, text: `Payment ${i} failed, please help.`, messageId });
        open.push({ from, messageId: messageId.slice(1, -1) });
      }
    };
    const run = async (count: number) => {
      let next = 0;
      await Promise.all(
        clients.map(async (_c, client) => {
          for (let i = next++; i < count; i = next++) await deliver(client, i);
        }),
      );
    };

    await run(WARM_UP);
    const [{ count: ticketsBefore }] = await db.query(`SELECT count(*)::int AS count FROM tickets WHERE channel = 'email'`);
    const [{ count: messagesBefore }] = await db.query(`SELECT count(*)::int AS count FROM ticket_messages`);
    const started = performance.now();
    await run(MAILS);
    const seconds = (performance.now() - started) / 1000;
    const [{ count: ticketsAfter }] = await db.query(`SELECT count(*)::int AS count FROM tickets WHERE channel = 'email'`);
    const [{ count: messagesAfter }] = await db.query(`SELECT count(*)::int AS count FROM ticket_messages`);
    const opened = ticketsAfter - ticketsBefore;
    const stored = messagesAfter - messagesBefore;
    console.log(`${MAILS} mails over ${CONNECTIONS} SMTP connections in ${seconds.toFixed(2)} s → ${Math.round(MAILS / seconds)} mails/s end to end`);
    console.log(`  ${opened} new tickets (each with an acknowledgement queued), ${stored - opened} replies threaded onto their tickets`);
    if (stored !== MAILS) throw new Error(`expected ${MAILS} ticket messages, found ${stored}`);

    for (const client of clients) client.close();
    await app.close();
    await jobs.stop();
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
