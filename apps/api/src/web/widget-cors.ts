import type { FastifyInstance } from 'fastify';

/**
 * The REST calls the widget makes from a host page on another origin. They carry their token in
 * the Authorization header, never in cookies, so any origin may make them; every other route
 * stays same-origin only.
 */
const WIDGET_REST_PREFIXES = ['/api/v1/widget/', '/api/v1/business-hours/status', '/api/v1/chat/attachments', '/api/v1/callbacks'];

export function allowWidgetCrossOrigin(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const path = request.url.split('?')[0];
    if (!request.headers.origin || !WIDGET_REST_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) return done();
    reply.header('access-control-allow-origin', '*');
    reply.header('vary', 'origin');
    if (request.method !== 'OPTIONS') return done();
    // The preflight is answered here: these routes have no OPTIONS handlers of their own.
    void reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type, accept')
      .header('access-control-max-age', '600')
      .send();
  });
}
