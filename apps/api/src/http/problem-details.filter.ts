import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-mapping';

/** The HTTP transport's single error mapping: everything leaves as application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest & { raw: { id?: unknown } }>();
    const reply = http.getResponse<FastifyReply>();

    const { problem, headers, unexpected } = toProblem(error);
    if (unexpected) this.logger.error({ err: error }, 'request failed');
    const requestId = request.raw?.id ?? request.id;
    if (typeof requestId === 'string') problem.requestId = requestId;

    reply.status(problem.status).headers({ ...headers, 'content-type': 'application/problem+json; charset=utf-8' }).send(problem);
  }
}
