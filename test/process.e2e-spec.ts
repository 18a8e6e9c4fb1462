import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApi, waitForHealthy } from './support/api-process';
import { createTestDatabase } from './support/test-database';

/** The real process of `npm start`: its own embedded PostgreSQL under DATA_DIR. */
describe('the api process', () => {
  jest.setTimeout(120_000);

  it('refuses to start on bad configuration, naming each bad variable', async () => {
    const api = spawnApi({ PORT: 'abc', RISK_RULES: 'maybe', SMTP_URL: 'http://not-smtp', DATA_DIR: '/nonexistent/never-created' });
    const code = await api.exited;
    expect(code).not.toBe(0);
    expect(api.output()).toMatch(/PORT: must be a whole number/);
    expect(api.output()).toMatch(/RISK_RULES: must be one of on, off/);
    expect(api.output()).toMatch(/SMTP_URL: must be a URL/);
    // It stopped before touching anything.
    expect(existsSync('/nonexistent/never-created')).toBe(false);
  });

  it('uses DATABASE_URL when set, starting no PostgreSQL of its own', async () => {
    const databaseUrl = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'okpay-external-db-'));
    const api = spawnApi({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(await freePort()) });
    try {
      await waitForHealthy(api);
      const login = await fetch(`${api.baseUrl}/api/v1/auth/agents/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@okpay.test', password: 'admin-demo-password' }),
      });
      expect(login.status).toBe(200);
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    } finally {
      api.child.kill('SIGINT');
      await api.exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  describe('with a data directory', () => {
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'okpay-process-'));
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('starts, stops cleanly on Ctrl-C, and keeps its data across a restart without seeding twice', async () => {
      const env = async () => ({ DATA_DIR: dataDir, PORT: String(await freePort()) });

      const first = spawnApi(await env());
      await waitForHealthy(first);
      const registered = await fetch(`${first.baseUrl}/api/v1/auth/customers/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'kept@example.com', password: 'kept across restarts', name: 'Kept', locale: 'en' }),
      });
      expect(registered.status).toBe(201);

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      // PostgreSQL shut down cleanly: its pid file is gone.
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

      const second = spawnApi(await env());
      try {
        await waitForHealthy(second);
        const login = await fetch(`${second.baseUrl}/api/v1/auth/customers/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'kept@example.com', password: 'kept across restarts' }),
        });
        expect(login.status).toBe(200);

        const admin = await fetch(`${second.baseUrl}/api/v1/auth/agents/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@okpay.test', password: 'admin-demo-password' }),
        });
        const { token } = (await admin.json()) as { token: string };
        const agents = await fetch(`${second.baseUrl}/api/v1/agents`, { headers: { authorization: `Bearer ${token}` } });
        expect(((await agents.json()) as unknown[]).length).toBe(2);
      } finally {
        second.child.kill('SIGINT');
        await second.exited;
      }
    });
  });
});
