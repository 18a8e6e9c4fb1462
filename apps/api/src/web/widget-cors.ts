import fastifyCors, { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

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

const SAME_ORIGIN_ONLY: FastifyCorsOptions = { origin: false };

/** The widget route a request (or, for a preflight, the request it announces) is for, if any. */
function widgetRouteMethod(request: FastifyRequest): WidgetRoute['method'] | undefined {
  const announced = request.headers['access-control-request-method'];
  const method = request.method === 'OPTIONS' ? (typeof announced === 'string' ? announced.toUpperCase() : '') : request.method;
  const wanted = method === 'HEAD' ? 'GET' : method;
  const path = request.url.split('?')[0];
  return WIDGET_ROUTES.find((route) => route.method === wanted && route.path.test(path))?.method;
}

/** @fastify/cors, asked per request: any origin for a widget route and its one method, none for the rest. */
export function allowWidgetCrossOrigin(fastify: FastifyInstance): void {
  void fastify.register(fastifyCors, {
    delegator: (request, callback) => {
      const method = request.headers.origin ? widgetRouteMethod(request) : undefined;
      callback(
        null,
        method
          ? { origin: '*', methods: method, allowedHeaders: 'authorization, content-type, accept', maxAge: 600 }
          : SAME_ORIGIN_ONLY,
      );
    },
  });
}
