import { LoginAttemptRetention } from '@okpay/auth';
import { IdempotencyStore } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { PURGE_EXPIRED_RECORDS_JOB } from '../apps/api/src/jobs/job-workers';
import { startTestApp, TestApp } from './support/test-app';
import { registerCustomer } from './support/wallet-fixtures';

describe('housekeeping', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
  });
  afterAll(() => t.close());

  it('purges login attempts older than a day and idempotency keys past their 24 hours, keeping the rest', async () => {
    const db = t.app.get(DataSource);
    const customer = await registerCustomer(t);
    for (const [attemptedAt, ip] of [['2027-01-04T00:00:00Z', 'old'], ['2027-01-06T01:00:00Z', 'fresh']]) {
      await db.query(
        `INSERT INTO login_attempts (principal_kind, account_key, client_ip, succeeded, attempted_at) VALUES ('customer', 'x@example.com', $1, false, $2)`,
        [ip, attemptedAt],
      );
    }
    for (const [key, expiresAt] of [['expired', '2027-01-06T01:59:59Z'], ['live', '2027-01-07T01:00:00Z']]) {
      await db.query(
        `INSERT INTO idempotency_keys (customer_id, key, operation, request_hash, created_at, expires_at) VALUES ($1, $2, 'payment', 'h', now(), $3)`,
        [customer.id, key, expiresAt],
      );
    }

    expect(await t.app.get(LoginAttemptRetention).purge()).toBe(1);
    expect(await t.app.get(IdempotencyStore).purgeExpired()).toBe(1);
    expect(await db.query(`SELECT client_ip FROM login_attempts WHERE account_key = 'x@example.com'`)).toEqual([{ client_ip: 'fresh' }]);
    expect(await db.query(`SELECT key FROM idempotency_keys WHERE customer_id = $1`, [customer.id])).toEqual([{ key: 'live' }]);
  });

  it('keeps the daily purge as a durable cron schedule in PostgreSQL', async () => {
    await t.jobs.recurring(PURGE_EXPIRED_RECORDS_JOB, '17 4 * * *', 'Asia/Shanghai');
    const schedules = await t.app.get(DataSource).query(`SELECT name, cron, options->>'tz' AS tz FROM pgboss.schedule`);
    expect(schedules).toEqual([{ name: PURGE_EXPIRED_RECORDS_JOB, cron: '17 4 * * *', tz: 'Asia/Shanghai' }]);
  });
});
