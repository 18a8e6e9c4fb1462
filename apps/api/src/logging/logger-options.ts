import { AppConfig, maskCardNumbers } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import { LoggerOptions } from 'pino';

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key/i;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Replaces secrets by key and masks card numbers in every string, at any depth. */
export function scrubLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskCardNumbers(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return { type: value.name, message: maskCardNumbers(value.message), stack: value.stack && maskCardNumbers(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => scrubLogValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : scrubLogValue(inner, depth + 1);
  }
  return out;
}

/** Keeps a caller's well-formed X-Request-Id so logs join up across services; otherwise a UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0];
}

export function buildPinoOptions(config: Pick<AppConfig, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    formatters: { log: (object) => scrubLogValue(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        // The message string itself may carry a card number a customer typed.
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskCardNumbers(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
}

/**
 * Structured JSON logs with a request id on every line logged while serving a request. Query
 * strings are never logged (socket handshakes and links may carry tokens), nor any header.
 */
export function buildLoggerParams(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): Params {
  return {
    pinoHttp: {
      ...buildPinoOptions(config),
      quietReqLogger: true,
      // Fastify assigns the id (see requestIdFor); pino-http reuses it.
      genReqId: requestIdFor,
      serializers: {
        req: (req: { id: unknown; method: string; raw: IncomingMessage & { originalUrl?: string } }) => ({
          id: req.id,
          method: req.method,
          path: pathOf(req.raw),
        }),
        res: (res: { raw: { statusCode: number } }) => ({ statusCode: res.raw.statusCode }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => pathOf(req) === '/api/v1/health' },
      transport:
        config.nodeEnv === 'development' && process.stdout.isTTY
          ? { target: 'pino-pretty', options: { singleLine: true } }
          : undefined,
    },
  };
}
