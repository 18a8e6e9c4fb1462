import { EXPIRE_CALLBACK_JOB } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { startJobWorkers } from '../apps/api/src/jobs/job-workers';
import { startTestApp, TestApp } from './support/test-app';

/** Safety net only: a job not handled by then has failed the test (nothing here measures time). */
const WAIT_MS = 30_000;

describe('job payloads are checked at the worker edge', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    db = t.app.get(DataSource);
    await startJobWorkers(t.app, t.jobs);
  });
  afterAll(() => t.close());

  async function until<T>(read: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('the job was not handled');
      await sleep(200);
    }
  }

  it('fails a malformed job with a clear error, and the worker goes on to the next job', async () => {
    const badJobId = randomUUID();
    await t.jobs.schedule({ name: EXPIRE_CALLBACK_JOB, id: badJobId, data: { callbackId: 'not-a-uuid', attempt: 'first' }, startAfter: new Date(0), retryLimit: 0 });
    const failed = await until(async () => {
      const [job] = await db.query(`SELECT state, output FROM pgboss.job WHERE id = $1`, [badJobId]);
      return job?.state === 'failed' ? (job.output as { message?: string }) : undefined;
    });
    expect(failed.message).toMatch(new RegExp(`^Job ${EXPIRE_CALLBACK_JOB} ${badJobId} has a malformed payload: `));
    expect(failed.message).toContain('callbackId must be a UUID');
    expect(failed.message).toContain('attempt must be an integer');

    // The same queue's worker still handles a well-formed job: the callback expires.
    const callback = await t.http().post('/api/v1/callbacks').send({ phone: '+86 138 0013 8111', topic: 'top-up missing', locale: 'en' }).expect(201);
    await t.jobs.schedule({ name: EXPIRE_CALLBACK_JOB, id: randomUUID(), data: { callbackId: callback.body.id, attempt: 0 }, startAfter: new Date(0), retryLimit: 0 });
    const status = await until(async () => {
      const [row] = await db.query(`SELECT status FROM callback_requests WHERE id = $1`, [callback.body.id]);
      return row.status === 'expired' ? row.status : undefined;
    });
    expect(status).toBe('expired');
  }, 70_000);
});
