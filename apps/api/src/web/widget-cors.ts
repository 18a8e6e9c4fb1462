import type { FastifyInstance } from 'fastify';

interface WidgetRoute {
  readonly method: 'GET' | 'POST';
  readonly path: RegExp;
}

const ID = '[^/]+';

/**
 * The REST calls the widget makes from a host page on another origin, route by route and method
 * by method. They carry their token in the Authorization header, never in cookies, so any origin
 * may make them; every other route — agent routes under the same prefixes too, such as
 * `POST /callbacks/:id/attempts` — stays same-origin only.
 */
const WIDGET_ROUTES: readonly WidgetRoute[] = [
  { method: 'POST', path: /^\/api\/v1\/widget\/sessions$/ },
  { method: 'POST', path: /^\/api\/v1\/widget\/identities$/ },
  { method: 'GET', path: /^\/api\/v1\/business-hours\/status$/ },
  { method: 'POST', path: /^\/api\/v1\/chat\/attachments$/ },
  { method: 'GET', path: new RegExp(`^/api/v1/chat/attachments/${ID}$`) },
  { method: 'POST', path: /^\/api\/v1\/callbacks$/ },
];

/** The widget route a request (or, for a preflight, the request it announces) is for, if any. */
function widgetRouteMethod(path: string, method: string): WidgetRoute['method'] | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return WIDGET_ROUTES.find((route) => route.method === wanted && route.path.test(path))?.method;
}

export function allowWidgetCrossOrigin(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!request.headers.origin) return done();
    const path = request.url.split('?')[0];
    const preflight = request.method === 'OPTIONS';
    const announced = request.headers['access-control-request-method'];
    const method = widgetRouteMethod(path, preflight ? (typeof announced === 'string' ? announced.toUpperCase() : '') : request.method);
    if (!method) return done();
    reply.header('access-control-allow-origin', '*');
    reply.header('vary', 'origin');
    if (!preflight) return done();
    // The preflight is answered here: these routes have no OPTIONS handlers of their own.
    void reply
      .code(204)
      .header('access-control-allow-methods', method)
      .header('access-control-allow-headers', 'authorization, content-type, accept')
      .header('access-control-max-age', '600')
      .send();
  });
}
