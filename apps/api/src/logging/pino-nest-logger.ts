import { LoggerService } from '@nestjs/common';
import { FastifyBaseLogger } from 'fastify';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's `Logger` onto pino, so `new Logger(Context)` in any provider writes the app's JSON lines.
 * Accepts both of Nest's call shapes: `log('text', context)` and pino's `error({ err }, 'text', context)`.
 * These lines carry no request id: following the request into them took an AsyncLocalStorage, whose
 * promise hooks (Node 20) cost every promise in the process, 15-20% of a wallet read's CPU. A
 * request's own line (`request completed`, with the error of a 5xx) carries its id.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: FastifyBaseLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    // Nest appends the Logger's context as the last parameter (after `undefined` for a missing stack).
    const rest = params.filter((param) => param !== undefined);
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    if (message instanceof Error) {
      this.root[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.root[level]({ context, ...message }, typeof rest[0] === 'string' ? rest[0] : undefined);
    } else {
      // Nest's `error(text, stack, context)`: the one leftover string is the stack.
      const stack = level === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
      this.root[level]({ context, stack }, String(message));
    }
  }
}
