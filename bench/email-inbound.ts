/**
 * Sustained inbound mail per second, end to end: SMTP clients deliver, and each mail counts when
 * the server has answered 250, which the app does only after the ticket (new thread) or ticket
 * message (reply) is committed. Half new threads, half replies that thread by In-Reply-To. The
 * built app (ROLES=api,mail: the triage jobs it queues, and the acknowledgements they queue, wait
 * for a worker) against
 * the bare baseline (bench/baselines/bare-smtp-inbound.ts: smtp-server, postal-mime and the core
 * inserts), on one shared PostgreSQL in one run: warmed with WARM_UP mails each (1000: the first
 * rounds after a start run slower while V8 compiles the path), then ROUNDS rounds of MAILS each in
 * alternation; the ratio is of the medians. Run: npm run bench:email (CPU_PROF=<dir> profiles the
 * app process). Not part of npm test.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { Pool } from 'pg';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { reportResult } from './support/bench-result';
import { cpuOfTree } from './support/process-usage';

const MAILS = Number(process.env.BENCH_MAILS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARM_UP = Number(process.env.WARM_UP ?? 1000);

/** One SMTP server to deliver to: each client is one pooled connection, like a sending server delivering a queue. */
class Sender {
  private readonly clients: Transporter[];
  /** Threads started so far, per client, that a later mail can reply to. */
  private readonly threads: { from: string; messageId: string }[][];
  private sent = 0;

  constructor(
    readonly name: string,
    port: number,
    /** The server's process: its CPU (and its children's: tsx runs the baseline in a child) is counted per mail. */
    readonly pid: number,
  ) {
    this.clients = Array.from({ length: CONNECTIONS }, () =>
      nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity }),
    );
    this.threads = this.clients.map(() => []);
  }

  private async deliver(client: number, i: number): Promise<void> {
    const open = this.threads[client];
    const replyTo = i % 2 === 1 && open.length > 0 ? open[(i * 7919) % open.length] : null;
    const messageId = `<${randomUUID()}@bench.example>`;
    if (replyTo) {
      await this.clients[client].sendMail({
        from: replyTo.from,
        to: 'support@okpay.test',
        subject: 'Re: My payment',
        text: `Any news? (${i})\n\nOn Mon, 4 Jan 2027 at 10:00, OKPay Support <support@okpay.test> wrote:\n> earlier`,
        messageId,
        inReplyTo: replyTo.messageId,
      });
    } else {
      const from = `bench-${this.name}-${client}-${i}@example.com`;
      await this.clients[client].sendMail({ from, to: 'support@okpay.test', subject: `My payment ${i}`, text: `Payment ${i} failed, please help.`, messageId });
      open.push({ from, messageId: messageId.slice(1, -1) });
    }
  }

  /** @returns mails per second, each counted at its 250. */
  async run(count: number): Promise<number> {
    const started = performance.now();
    let next = 0;
    const first = this.sent;
    await Promise.all(
      this.clients.map(async (_c, client) => {
        for (let i = next++; i < count; i = next++) await this.deliver(client, first + i);
      }),
    );
    this.sent += count;
    return count / ((performance.now() - started) / 1000);
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-email-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const appSmtp = await freePort();
  const app = spawnApi({
    DATABASE_URL: database.url,
    DATA_DIR: join(root, 'app'),
    PORT: String(await freePort()),
    ROLES: 'api,mail',
    SMTP_INGEST_PORT: String(appSmtp),
    LOG_LEVEL: 'error',
    AUTH_TOKEN_SECRET: 'bench-email-token-secret-0123456789abcdef',
    WIDGET_IDENTITY_SECRET: 'bench-email-widget-secret-0123456789abcdef',
  }, process.env.CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`] : []);
  const bareSmtp = await freePort();
  const bare: ChildProcess = spawn(join(__dirname, '../node_modules/.bin/tsx'), [join(__dirname, 'baselines/bare-smtp-inbound.ts')], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATABASE_URL: database.url, SMTP_PORT: String(bareSmtp) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const bareExited = new Promise((resolve) => bare.once('exit', resolve));
  const senders = [new Sender('app', appSmtp, app.child.pid!), new Sender('bare', bareSmtp, bare.pid!)];
  /** CPU seconds so far of the sender's server and of PostgreSQL (its server and backends). */
  const cpu = async (sender: Sender) => {
    const [server, postgres] = await Promise.all([cpuOfTree(sender.pid), cpuOfTree(database.pid)]);
    return { server: server.api + server.database, database: postgres.database };
  };
  try {
    await waitForHealthy(app);
    const stored = async () => Number((await pool.query(`SELECT count(*)::int AS count FROM ticket_messages WHERE author_type = 'customer'`)).rows[0].count);
    for (const sender of senders) await sender.run(WARM_UP);
    const rates = new Map<string, number[]>(senders.map((s) => [s.name, []]));
    /** Milliseconds of CPU per mail, the server's and PostgreSQL's, each round. */
    const cpuPerMail = new Map<string, { server: number; database: number }[]>(senders.map((s) => [s.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const sender of senders) {
        const before = await stored();
        const cpuBefore = await cpu(sender);
        const rate = await sender.run(MAILS);
        const cpuAfter = await cpu(sender);
        const added = (await stored()) - before;
        if (added !== MAILS) throw new Error(`${sender.name}: expected ${MAILS} ticket messages, found ${added}`);
        rates.get(sender.name)!.push(rate);
        const perMail = { server: ((cpuAfter.server - cpuBefore.server) * 1000) / MAILS, database: ((cpuAfter.database - cpuBefore.database) * 1000) / MAILS };
        cpuPerMail.get(sender.name)!.push(perMail);
        console.log(
          `round ${round + 1}, ${sender.name}: ${MAILS} mails over ${CONNECTIONS} SMTP connections → ${rate.toFixed(0)} mails/s end to end; ` +
            `CPU per mail ${perMail.server.toFixed(2)} ms server + ${perMail.database.toFixed(2)} ms PostgreSQL`,
        );
      }
    }
    const cpuNote = (name: string) => {
      const rounds = cpuPerMail.get(name)!;
      return `${median(rounds.map((r) => r.server)).toFixed(2)} + ${median(rounds.map((r) => r.database)).toFixed(2)} ms`;
    };
    reportResult({
      bench: 'inbound mail (SMTP to ticket, half new threads, half replies)',
      measure: `mails/s over ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${MAILS}`,
      unit: '/s',
      app: median(rates.get('app')!),
      baseline: median(rates.get('bare')!),
      baselineIs: 'smtp-server + postal-mime + the core inserts',
      higherIsBetter: true,
      note: `CPU per mail (server + PostgreSQL, medians): app ${cpuNote('app')}, bare ${cpuNote('bare')}`,
    });
  } finally {
    for (const sender of senders) sender.close();
    await pool.end();
    app.child.kill('SIGINT');
    bare.kill('SIGINT');
    await Promise.all([app.exited, bareExited]);
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
