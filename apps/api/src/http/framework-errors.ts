import { InvalidCharactersError } from '@okpay/shared';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-mapping';

/**
 * Errors Fastify raises before any hook or Nest sees the request: chiefly a path whose escapes are
 * not UTF-8 (an unpaired surrogate, `%ff`), which gets the same answer as such a query string.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers } = toProblem(error.code === 'FST_ERR_BAD_URL' ? new InvalidCharactersError('(url)') : error);
  problem.requestId = request.id;
  void reply.status(problem.status).headers({ ...headers, 'content-type': 'application/problem+json; charset=utf-8' }).send(problem);
}
