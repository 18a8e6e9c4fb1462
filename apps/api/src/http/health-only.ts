import { NotFoundException } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

const HEALTH_PATH = '/api/v1/health';

/**
 * A process without the `api` role (a worker, the mail listener) listens only so that a
 * supervisor can ask `/api/v1/health`; every other route is 404 there, so traffic sent to it by
 * mistake is refused instead of served by a process not sized for it.
 */
export function serveHealthOnly(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const path = request.url.split('?', 1)[0];
    if (path === HEALTH_PATH) return done();
    done(new NotFoundException(`Cannot ${request.method} ${path}: this process does not serve the API (ROLES)`));
  });
}
