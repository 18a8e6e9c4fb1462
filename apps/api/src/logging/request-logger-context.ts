import { AsyncLocalStorage } from 'node:async_hooks';
import { FastifyBaseLogger, FastifyInstance } from 'fastify';

const requestLoggers = new AsyncLocalStorage<FastifyBaseLogger>();

/** The logger of the request being served (its lines carry `reqId`), if any. */
export function currentRequestLogger(): FastifyBaseLogger | undefined {
  return requestLoggers.getStore();
}

/**
 * Runs each route handler, and everything Nest runs for it (guards, pipes, filters), with the
 * request's logger at hand. A preHandler hook, after body parsing: the parser's stream events
 * would lose a context entered any earlier.
 */
export function bindRequestLoggers(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => requestLoggers.run(request.log, done));
}
