import { freePort, spawnApi, type ApiProcess, waitForHealthy } from './support/api-process';
import { createTestDatabase } from './support/test-database';

/** The built app's stdout at LOG_LEVEL=info: every request, whatever answers it, is one line. */
describe('request logs of the api process', () => {
  jest.setTimeout(120_000);
  let api: ApiProcess;

  beforeAll(async () => {
    api = spawnApi({ DATABASE_URL: await createTestDatabase(), LOG_LEVEL: 'info', PORT: String(await freePort()) });
    await waitForHealthy(api);
  });
  afterAll(async () => {
    api.child.kill('SIGINT');
    await api.exited;
  });

  const linesOf = (requestId: string): Record<string, unknown>[] =>
    api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.reqId === requestId);

  /** Lines are written after the answer is sent: wait until one shows, then a little for any second one. */
  const settledLinesOf = async (requestId: string): Promise<Record<string, unknown>[]> => {
    const deadline = Date.now() + 5_000;
    while (linesOf(requestId).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return linesOf(requestId);
  };

  const cases: { name: string; method: string; path: string; body?: string; contentType?: string; status: number }[] = [
    { name: 'a REST call', method: 'POST', path: '/api/v1/auth/agents/login', body: JSON.stringify({ email: 'admin@okpay.test', password: 'admin-demo-password' }), status: 200 },
    { name: 'a help centre page', method: 'GET', path: '/help/en', status: 200 },
    { name: 'the help centre redirect', method: 'GET', path: '/help', status: 302 },
    { name: 'a 401 from a guard', method: 'GET', path: '/api/v1/tickets', status: 401 },
    { name: 'a 404 for no route', method: 'GET', path: '/api/v1/no-such-thing', status: 404 },
    { name: 'a 400 from the body parser', method: 'POST', path: '/api/v1/auth/agents/login', body: '{"email":', status: 400 },
    { name: 'a 415 for a form body', method: 'POST', path: '/api/v1/auth/agents/login', body: 'a=b', contentType: 'application/x-www-form-urlencoded', status: 415 },
  ];

  it.each(cases)('logs $name ($status) in exactly one line, without its query string', async ({ method, path, body, contentType, status }) => {
    const requestId = `log-count-${method}-${status}-${path.replace(/\W/g, '')}`;
    const response = await fetch(`${api.baseUrl}${path}?token=do-not-log`, {
      method,
      redirect: 'manual',
      headers: { 'x-request-id': requestId, ...(body ? { 'content-type': contentType ?? 'application/json' } : {}) },
      body,
    });
    expect(response.status).toBe(status);

    const lines = await settledLinesOf(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', method, path, statusCode: status });
    expect(JSON.stringify(lines[0])).not.toContain('do-not-log');
  });

  it('does not log the health check that probes poll', async () => {
    await fetch(`${api.baseUrl}/api/v1/health`, { headers: { 'x-request-id': 'log-count-health' } });
    // Lines come in request order: once a later request's line shows, the health check's would have.
    await fetch(`${api.baseUrl}/api/v1/no-such-thing`, { headers: { 'x-request-id': 'log-count-after-health' } });
    expect(await settledLinesOf('log-count-after-health')).toHaveLength(1);
    expect(linesOf('log-count-health')).toEqual([]);
  });
});
