import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it('reports health once ready', async () => {
    const response = await t.http().get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', roles: ['api', 'worker', 'mail'], database: 'up', jobQueue: 'up' });
  });

  it('answers an unknown route and an unknown method with problem+json', async () => {
    expectProblem(await t.http().get('/api/v1/no-such-thing'), 404, 'route_not_found');
    expectProblem(await t.http().delete('/api/v1/health'), 404, 'route_not_found');
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await t.http().post('/api/v1/auth/agents/login').set('content-type', 'application/json').send('{"email":');
    expectProblem(response, 400, 'malformed_json');
  });

  it('answers a body that is not an object with 400', async () => {
    const response = await t.http().post('/api/v1/auth/agents/login').set('content-type', 'application/json').send('[1,2]');
    expectProblem(response, 400, 'validation_failed');
  });

  it('answers an oversized body with 413', async () => {
    const response = await t
      .http()
      .post('/api/v1/auth/agents/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }));
    expectProblem(response, 413, 'payload_too_large');
  });

  it('echoes a well-formed X-Request-Id and makes one up otherwise', async () => {
    const echoed = await t.http().get('/api/v1/health').set('x-request-id', 'abc-123');
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const invented = await t.http().get('/api/v1/nope').set('x-request-id', '<script>');
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(invented.body.requestId).toBe(invented.headers['x-request-id']);
  });

  it('serves OpenAPI docs', async () => {
    await t.http().get('/api/docs').expect(200).expect('content-type', /html/);
    const spec = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/auth/agents/login', '/api/v1/auth/customers/register']),
    );
  });
});
