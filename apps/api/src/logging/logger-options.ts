import { AppConfig, maskCardNumbers } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import pino, { LoggerOptions } from 'pino';

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
 * The HTTP app's one logger: structured JSON with redaction, or single-line pretty output when a
 * developer watches a terminal. Fastify takes it and gives every request a child bound to its id.
 */
export function createAppLogger(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): pino.Logger {
  const pretty = config.nodeEnv === 'development' && process.stdout.isTTY;
  return pino({
    ...buildPinoOptions(config),
    transport: pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
  });
}
