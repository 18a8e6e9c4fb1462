import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { GuardedPgClient } from '../guarded-pg-client';
import { preparedQueryIn } from '../prepared-query';
import { DurableJob, JobHandler, JobScheduler } from './job-scheduler';

const SCHEMA = 'pgboss';
/** Processes starting together on one database take turns creating queues (concurrent creation deadlocks). */
const START_LOCK = 'okpay:job-queues';
/** pg-boss hands its options on to its pg.Pool, so its connections are guarded too. */
const guardedClients = { Client: GuardedPgClient };

/** pg-boss on the application's own PostgreSQL: jobs are rows, so they survive restarts. */
export class PgBossJobQueue extends JobScheduler {
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private started = false;

  /**
   * @param housekeeping pg-boss's maintenance (expiring, archiving) and cron scheduling: every
   * process may send jobs, only those that run them (the `worker` role) need to keep the queue.
   */
  constructor(
    private readonly databaseUrl: string,
    onError: (error: Error) => void,
    housekeeping = true,
  ) {
    super();
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: SCHEMA, max: 4, supervise: housekeeping, schedule: housekeeping, ...guardedClients });
    this.boss.on('error', onError);
  }

  /** Installs or upgrades pg-boss's own schema; used once for the test template database. */
  static async installSchema(databaseUrl: string): Promise<void> {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: SCHEMA, max: 1, supervise: false, schedule: false });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
  }

  async start(queueNames: readonly string[]): Promise<void> {
    const lock = new GuardedPgClient({ connectionString: this.databaseUrl, application_name: 'okpay-support-jobs-start' });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [START_LOCK]);
      await this.boss.start();
      for (const name of queueNames) {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
        this.queues.add(name);
      }
    } finally {
      // Ending the session releases the lock.
      await lock.end();
    }
    this.started = true;
  }

  async isUp(): Promise<boolean> {
    if (!this.started) return false;
    return this.boss.isInstalled().then(
      (installed) => installed === true,
      () => false,
    );
  }

  async schedule(job: DurableJob, manager?: EntityManager): Promise<void> {
    this.assertRegistered(job);
    await this.boss.send(job.name, job.data, { id: job.id, startAfter: job.startAfter, ...retries(job), ...onConnectionOf(manager) });
  }

  async scheduleAll(jobs: readonly DurableJob[], manager?: EntityManager): Promise<void> {
    if (jobs.length === 0) return;
    jobs.forEach((job) => this.assertRegistered(job));
    // pg-boss inserts a batch in one statement, skipping ids that exist, as `send` does for one.
    await this.boss.insert(
      jobs.map((job) => ({ name: job.name, data: job.data, id: job.id, startAfter: job.startAfter, ...retries(job) })),
      onConnectionOf(manager),
    );
  }

  /** A job that recurs on a cron schedule in the given IANA zone (kept in PostgreSQL; one per name). */
  async recurring(name: string, cron: string, timeZone: string): Promise<void> {
    if (!this.queues.has(name)) throw new Error(`job queue ${name} was not registered at start`);
    await this.boss.schedule(name, cron, {}, { tz: timeZone });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => handler(job.data, job.id));
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private assertRegistered(job: DurableJob): void {
    if (!this.queues.has(job.name)) throw new Error(`job queue ${job.name} was not registered at start`);
  }
}

function retries(job: DurableJob): { retryLimit: number; retryBackoff: true } {
  return { retryLimit: job.retryLimit ?? 5, retryBackoff: true };
}

/** Enqueues on the caller's connection, inside its transaction. */
function onConnectionOf(manager: EntityManager | undefined): { db?: PgBoss.Db } {
  return manager ? { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await preparedQueryIn(manager, statementName(text), text, values) }) } } : {};
}

/**
 * pg-boss's statements are fixed texts with parameters: named after a digest of their text, they
 * are planned once per connection instead of on every job sent (planning its insert cost about
 * as much as running it).
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `pgboss:${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}
