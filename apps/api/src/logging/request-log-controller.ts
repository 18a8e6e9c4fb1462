import { FastifyReply, FastifyRequest, LogController } from 'fastify';

/** Polled by load balancers and tests many times a second: a line each would drown the rest. */
const UNLOGGED_PATHS: ReadonlySet<string> = new Set(['/api/v1/health']);

/**
 * Fastify's request log lines, cut to exactly one per request: `request completed`, with method,
 * path, status and time. Fastify writes it from its own response path, so it comes once whatever
 * answers the request (a route, a hook's error, the body parser, the not-found handler); pino-http
 * mounted as Nest middleware ran once per matching route registration and logged pages twice.
 * Query strings and headers are never logged: socket handshakes and links may carry tokens.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {
    // The completion line says everything the arrival would.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const path = request.url.split('?')[0];
    if (UNLOGGED_PATHS.has(path)) return;
    const line = { method: request.method, path, statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime) };
    if (error) request.log.error({ ...line, err: error }, 'request completed');
    else request.log.info(line, 'request completed');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    // A 4xx is the caller's mistake, and its status is on the completion line; a 5xx keeps its stack.
    if (reply.statusCode >= 500) super.defaultErrorLog(error, request, reply);
  }

  override routeNotFound(): void {
    // The completion line shows the 404.
  }
}
