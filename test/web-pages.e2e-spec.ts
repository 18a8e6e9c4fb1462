import { startTestApp, TestApp } from './support/test-app';

/** What the api serves for the front-ends: the widget script, the inbox page, the demo page, and the widget's cross-origin REST. */
describe('front-end pages', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the widget as one script any site may load', async () => {
    const response = await app.http().get('/widget.js').expect(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the inbox and the demo page with a strict content security policy', async () => {
    for (const path of ['/inbox', '/demo', '/demo?locale=en']) {
      const response = await app.http().get(path).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    }
    const inbox = await app.http().get('/inbox').expect(200);
    const script = /src="(\/inbox\/assets\/[^"]+\.js)"/.exec(inbox.text)?.[1];
    expect(script).toBeDefined();
    await app.http().get(script!).expect(200).expect('content-type', /javascript/);
  });

  it('embeds the widget on the demo page as a visitor, or signed in with a signed identity (never a bare id)', async () => {
    const visitor = await app.http().get('/demo').expect(200);
    expect(visitor.text).toContain('<script src="/widget.js" data-locale="zh-CN" data-sign-in-url="/demo?locale=zh-CN&amp;as=customer" async></script>');
    const customer = await app.http().get('/demo?as=customer&locale=en').expect(200);
    const identity = /data-identity="([^"]+)"/.exec(customer.text)?.[1];
    expect(identity).toMatch(/^[0-9a-f-]{36}\.\d+\.[A-Za-z0-9_-]+$/);
    const exchanged = await app.http().post('/api/v1/widget/identities').send({ identity }).expect(201);
    expect(exchanged.body.customerId).toBe(identity!.split('.')[0]);
  });

  it("lets other origins call the widget's REST, and only that", async () => {
    const preflight = await app
      .http()
      .options('/api/v1/widget/sessions')
      .set('origin', 'https://shop.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type')
      .expect(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'authorization, content-type, accept',
      'access-control-max-age': '600',
    });
    expect(preflight.headers.vary).toMatch(/origin/i);
    const attachmentPreflight = await app
      .http()
      .options('/api/v1/chat/attachments/00000000-0000-4000-8000-000000000000')
      .set('origin', 'https://shop.example')
      .set('access-control-request-method', 'GET')
      .expect(204);
    expect(attachmentPreflight.headers['access-control-allow-methods']).toBe('GET');
    const walletPreflight = await app
      .http()
      .options('/api/v1/wallet/accounts')
      .set('origin', 'https://shop.example')
      .set('access-control-request-method', 'GET')
      .expect(404);
    expect(walletPreflight.headers['access-control-allow-origin']).toBeUndefined();
    const session = await app.http().post('/api/v1/widget/sessions').set('origin', 'https://shop.example').send({ locale: 'en' }).expect(201);
    expect(session.headers['access-control-allow-origin']).toBe('*');
    const wallet = await app.http().get('/api/v1/wallet/accounts').set('origin', 'https://shop.example');
    expect(wallet.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps agent routes under a widget prefix, and other methods of widget routes, same-origin only', async () => {
    const attempts = '/api/v1/callbacks/00000000-0000-4000-8000-000000000000/attempts';
    const preflight = await app
      .http()
      .options(attempts)
      .set('origin', 'https://shop.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type');
    expect(preflight.status).not.toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    const post = await app.http().post(attempts).set('origin', 'https://shop.example').send({ outcome: 'no_answer' });
    expect(post.status).toBe(401);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
    for (const [method, path] of [
      ['get', '/api/v1/callbacks'],
      ['post', '/api/v1/callbacks/00000000-0000-4000-8000-000000000000/cancel'],
      ['post', '/api/v1/business-hours/status'],
    ] as const) {
      const response = await app.http()[method](path).set('origin', 'https://shop.example');
      expect({ method, path, allowOrigin: response.headers['access-control-allow-origin'] }).toEqual({ method, path, allowOrigin: undefined });
    }
    const listPreflight = await app.http().options('/api/v1/callbacks').set('origin', 'https://shop.example').set('access-control-request-method', 'GET');
    expect(listPreflight.status).not.toBe(204);
    const requestPreflight = await app
      .http()
      .options('/api/v1/callbacks')
      .set('origin', 'https://shop.example')
      .set('access-control-request-method', 'POST')
      .expect(204);
    expect(requestPreflight.headers['access-control-allow-methods']).toBe('POST');
  });
});
