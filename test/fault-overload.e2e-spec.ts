import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from './support/api-process';
import { expectProblem } from './support/problem';
import { startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

/** A request still unanswered after this has hung: the test fails instead of waiting forever. */
const HANG_MS = 60_000;
const STORM_SIZE = 200;

/**
 * Overload, against the real built process with its real pool: a storm of wrong logins must not
 * freeze the service, and SIGTERM must stop it within a bound however busy it is.
 */
describe('the api process under overload', () => {
  jest.setTimeout(180_000);

  /** 200 concurrent wrong logins: half on one real account, half on accounts that do not exist, each from its own address. */
  const loginStorm = (api: ApiProcess): Promise<number>[] =>
    Array.from({ length: STORM_SIZE }, (_, i) =>
      fetch(`${api.baseUrl}/api/v1/auth/${i % 2 === 0 ? 'customers' : 'agents'}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i % 250}` },
        body: JSON.stringify({ email: i % 4 < 2 ? 'customer@okpay.test' : `storm-${i}@example.com`, password: `wrong-${i}` }),
        signal: AbortSignal.timeout(HANG_MS),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => -1, // no answer in time, or the connection failed
      ),
    );

  it('keeps /health answering within 1 s during a storm of 200 wrong logins, and answers every login', async () => {
    const api = spawnApi({ DATABASE_URL: await createTestDatabase(), DATA_DIR: await mkdtemp(join(tmpdir(), 'okpay-storm-')), PORT: String(await freePort()), TRUST_PROXY: 'true' });
    try {
      await waitForHealthy(api);
      const storm = loginStorm(api);
      let stormOver = false;
      const settled = Promise.all(storm).finally(() => (stormOver = true));

      const healthTimes: number[] = [];
      const healthStatuses: number[] = [];
      while (!stormOver) {
        const started = performance.now();
        const status = await fetch(`${api.baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(HANG_MS) }).then(
          (response) => response.status,
          () => -1,
        );
        healthTimes.push(performance.now() - started);
        healthStatuses.push(status);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const statuses = await settled;

      expect(healthStatuses.length).toBeGreaterThan(0);
      expect(healthStatuses.every((s) => s === 200)).toBe(true);
      expect(Math.max(...healthTimes)).toBeLessThan(1000);
      const unexpected = statuses.filter((s) => ![401, 429, 503].includes(s));
      expect(unexpected).toEqual([]);
      // Wrong passwords really were checked, not all refused wholesale.
      expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    } finally {
      api.child.kill('SIGKILL');
      await api.exited;
    }
  });

  it('sheds a request with 503 and Retry-After when no pool connection comes free in time, and a lock wait past lock_timeout too', async () => {
    const t = await startTestApp({ env: { DATABASE_POOL_SIZE: '2', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '300', DATABASE_LOCK_TIMEOUT_MS: '300' } });
    const dataSource = t.app.get(DataSource);
    const holders = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
    try {
      // Both pool connections busy: the request is refused, not queued for ever.
      for (const holder of holders) await holder.connect();
      const shed = await t.http().post('/api/v1/widget/sessions').send({ locale: 'en' });
      expectProblem(shed, 503, 'unavailable');
      expect(shed.headers['retry-after']).toBe('2');
      expect(shed.body.retryAfterSeconds).toBe(2);

      // One connection back, but a table the login writes is locked by a transaction that does not end.
      await holders[1].release();
      await holders[0].startTransaction();
      await holders[0].query(`LOCK TABLE login_address_windows IN EXCLUSIVE MODE`);
      const locked = await t.http().post('/api/v1/auth/agents/login').send({ email: 'admin@okpay.test', password: 'admin-demo-password' });
      expectProblem(locked, 503, 'unavailable');
      await holders[0].rollbackTransaction();
    } finally {
      for (const holder of holders) if (!holder.isReleased) await holder.release();
      await t.close();
    }
  });

  describe('with its own embedded PostgreSQL', () => {
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'okpay-sigterm-'));
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('exits within 10 s of SIGTERM with a login storm and open sockets in flight', async () => {
      const api = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()), TRUST_PROXY: 'true' });
      const sockets: Socket[] = [];
      try {
        await waitForHealthy(api);
        for (let i = 0; i < 20; i++) {
          const session = await fetch(`${api.baseUrl}/api/v1/widget/sessions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ locale: 'en' }),
          });
          const { visitorToken } = (await session.json()) as { visitorToken: string };
          const socket = io(`${api.baseUrl}/widget`, { auth: { token: visitorToken }, transports: ['websocket'], reconnection: false });
          await new Promise<void>((resolve, reject) => {
            socket.once('connect', resolve);
            socket.once('connect_error', reject);
          });
          sockets.push(socket);
        }
        const storm = loginStorm(api);
        await new Promise((resolve) => setTimeout(resolve, 200));

        const signalledAt = performance.now();
        api.child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const code = await Promise.race([api.exited, new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), 15_000)))]);
        clearTimeout(timer);
        const tookMs = performance.now() - signalledAt;

        expect(code).not.toBe('still running');
        expect(tookMs).toBeLessThan(10_000);
        // Its PostgreSQL was stopped too, not left running for the next start to trip over.
        expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
        await Promise.all(storm);
      } finally {
        for (const socket of sockets) socket.disconnect();
        if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
        await api.exited;
      }
    });
  });
});
