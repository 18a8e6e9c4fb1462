import { Logger } from '@nestjs/common';
import Fastify, { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { PinoNestLogger } from './pino-nest-logger';
import { RequestLogController } from './request-log-controller';

/** A Fastify instance wired as the app wires its logging, writing JSON lines into memory. */
function loggedFastify(): { fastify: FastifyInstance; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger: FastifyBaseLogger = pino({ level: 'debug' }, stream);
  const fastify = Fastify({ loggerInstance: logger, logController: new RequestLogController() });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { fastify, lines };
}

describe('request logging', () => {
  it('writes one line per request, for an answer, a thrown 4xx and a missing route', async () => {
    const { fastify, lines } = loggedFastify();
    fastify.get('/ok', async () => ({ ok: true }));
    fastify.get('/refused', async () => {
      throw Object.assign(new Error('no'), { statusCode: 403 });
    });
    await fastify.inject({ method: 'GET', url: '/ok?secret=1' });
    await fastify.inject({ method: 'GET', url: '/refused' });
    await fastify.inject({ method: 'GET', url: '/missing' });
    await fastify.close();

    expect(lines().map(({ msg, path, statusCode }) => ({ msg, path, statusCode }))).toEqual([
      { msg: 'request completed', path: '/ok', statusCode: 200 },
      { msg: 'request completed', path: '/refused', statusCode: 403 },
      { msg: 'request completed', path: '/missing', statusCode: 404 },
    ]);
  });

  it("writes Nest's Logger lines through the app's logger, and a failed request's error with the request's id", async () => {
    const { fastify, lines } = loggedFastify();
    Logger.overrideLogger(new PinoNestLogger(fastify.log));
    const logger = new Logger('Payments');
    fastify.post('/pay', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.warn({ amountMinor: 1200 }, 'payment held');
      throw new Error('ledger unavailable');
    });
    await fastify.inject({ method: 'POST', url: '/pay', payload: { a: 1 } });
    Logger.overrideLogger(false);
    await fastify.close();

    const [held, failed, completed] = lines();
    expect(held).toMatchObject({ msg: 'payment held', context: 'Payments', amountMinor: 1200, level: 40 });
    expect(held.reqId).toBeUndefined();
    expect(failed).toMatchObject({ level: 50, err: { message: 'ledger unavailable' } });
    expect(completed).toMatchObject({ msg: 'request completed', path: '/pay', statusCode: 500 });
    expect(completed.reqId).toBeDefined();
    expect(failed.reqId).toBe(completed.reqId);
  });
});
