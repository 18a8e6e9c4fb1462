import { DataSource } from 'typeorm';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { IntentClassifierSnapshot } from '../understanding/intent-classifier';
import { ClassifierStore } from './classifier-store';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/**
 * Classifiers in PostgreSQL (`bot_models`), gzipped JSON: a model is some megabytes of JSON and
 * compresses about fivefold. Rows are never updated, only added per new content; the advisory
 * lock is held on a connection of its own, without the pool's lock timeout, for as long as a
 * training takes.
 */
export class DatabaseClassifierStore extends ClassifierStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async get(key: string): Promise<IntentClassifierSnapshot | undefined> {
    const [row] = await this.dataSource.query(`SELECT snapshot FROM bot_models WHERE key = $1`, [key]);
    return row ? (JSON.parse((await gunzipped(row.snapshot as Buffer)).toString('utf8')) as IntentClassifierSnapshot) : undefined;
  }

  async put(key: string, snapshot: IntentClassifierSnapshot): Promise<void> {
    const compressed = await gzipped(Buffer.from(JSON.stringify(snapshot), 'utf8'));
    await this.dataSource.query(`INSERT INTO bot_models (key, snapshot, created_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO NOTHING`, [key, compressed]);
  }

  async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SET lock_timeout = 0');
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`bot-model:${key}`]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`bot-model:${key}`]).catch(() => undefined);
      await runner.query('RESET lock_timeout').catch(() => undefined);
      await runner.release();
    }
  }
}
