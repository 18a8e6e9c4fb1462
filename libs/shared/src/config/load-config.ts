import { isAbsolute, resolve } from 'node:path';
import { AppConfig, LOG_LEVELS, LogLevel, PROCESS_ROLES } from './app-config';
import { ConfigProblem, InvalidConfigError } from './invalid-config.error';
import { DEFAULT_RATE_LIMIT_RULES, parseRateLimitRules, RateLimitRules } from './rate-limit-rules';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the environment once. Every variable is checked before anything starts, and all
 * problems are reported together so one failed start shows everything to fix.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const reader = new EnvReader(env);

  const nodeEnv = reader.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const clockStart = reader.instant('CLOCK_START');
  if (clockStart && nodeEnv === 'production') {
    reader.problem('CLOCK_START', 'must not be set in production');
  }
  const authTokenSecret = reader.secret('AUTH_TOKEN_SECRET', 32);
  if (!authTokenSecret && nodeEnv === 'production') {
    reader.problem('AUTH_TOKEN_SECRET', 'is required in production (at least 32 characters)');
  }
  const widgetIdentitySecret = reader.secret('WIDGET_IDENTITY_SECRET', 32);
  if (!widgetIdentitySecret && nodeEnv === 'production') {
    reader.problem('WIDGET_IDENTITY_SECRET', 'is required in production (at least 32 characters)');
  }
  const dataDir = reader.string('DATA_DIR', '.data');
  const port = reader.port('PORT', 3000);
  const host = reader.string('HOST', '127.0.0.1');

  const config: AppConfig = {
    nodeEnv,
    host,
    port,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    databaseUrl: reader.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: reader.integer('DATABASE_POOL_SIZE', 20, 1, 500),
    databaseTimeouts: {
      poolAcquireMs: reader.integer('DATABASE_POOL_ACQUIRE_TIMEOUT_MS', 5_000, 100, 600_000),
      statementMs: reader.integer('DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
      lockMs: reader.integer('DATABASE_LOCK_TIMEOUT_MS', 5_000, 100, 600_000),
      idleInTransactionMs: reader.integer('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 100, 3_600_000),
    },
    embeddedPostgresPort: reader.port('EMBEDDED_PG_PORT', 0),
    smtpIngestPort: reader.port('SMTP_INGEST_PORT', 2525),
    smtpIngestHost: reader.string('SMTP_INGEST_HOST', host),
    inboundMailMaxBytes: reader.integer('INBOUND_MAIL_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    supportAddress: reader.email('SUPPORT_ADDRESS', 'support@okpay.test'),
    supportHotline: reader.string('SUPPORT_HOTLINE', '400-000-0000'),
    publicUrl: (reader.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: reader.url('SMTP_URL', ['smtp:', 'smtps:']),
    clockStart,
    riskRules: reader.oneOf('RISK_RULES', ['on', 'off'] as const, 'on') === 'on',
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info') as LogLevel,
    authTokenSecret,
    widgetIdentitySecret,
    loginMaxFailuresPerMinute: reader.integer('LOGIN_MAX_FAILURES_PER_MINUTE', 10, 1, 1000),
    chatEventBurst: reader.integer('CHAT_EVENT_BURST', 20, 1, 100_000),
    chatEventsPerMinute: reader.integer('CHAT_EVENTS_PER_MINUTE', 120, 1, 1_000_000),
    rateLimits: reader.rateLimitRules('RATE_LIMITS'),
    trustProxy: reader.oneOf('TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    seedDemoData: reader.oneOf('SEED_DEMO_DATA', ['on', 'off'] as const, nodeEnv === 'production' ? 'off' : 'on') === 'on',
    roles: reader.someOf('ROLES', PROCESS_ROLES),
  };
  if (config.seedDemoData && nodeEnv === 'production') {
    // The demo logins and their passwords are public (README): never in production.
    reader.problem('SEED_DEMO_DATA', 'must not be on in production');
  }
  reader.throwIfInvalid();
  return config;
}

class EnvReader {
  private readonly problems: ConfigProblem[] = [];

  constructor(private readonly env: Env) {}

  problem(variable: string, message: string): void {
    this.problems.push({ variable, message });
  }

  throwIfInvalid(): void {
    if (this.problems.length > 0) throw new InvalidConfigError(this.problems);
  }

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problem(name, `must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, 0, 65535);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problem(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  /** A comma list of allowed values, at least one; unset means all of them. */
  someOf<T extends string>(name: string, allowed: readonly T[]): readonly T[] {
    const value = this.raw(name);
    if (value === undefined) return allowed;
    const items = value.split(',').map((item) => item.trim());
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length > 0) {
      this.problem(name, `must be a comma list of ${allowed.join(', ')} (got "${value}")`);
      return allowed;
    }
    return allowed.filter((role) => items.includes(role));
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol;
    } catch {
      protocol = undefined;
    }
    if (!protocol || !protocols.includes(protocol)) {
      // The URL may carry a password: never echo it.
      this.problem(name, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
    return value;
  }

  email(name: string, fallback: string): string {
    const value = this.raw(name) ?? fallback;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      this.problem(name, `must be an email address (got "${value}")`);
    }
    return value.toLowerCase();
  }

  instant(name: string): Date | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const isIsoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    const date = new Date(value);
    if (!isIsoInstant || Number.isNaN(date.getTime())) {
      this.problem(name, `must be an ISO 8601 instant with an offset, e.g. 2027-01-04T09:00:00+08:00 (got "${value}")`);
      return undefined;
    }
    return date;
  }

  rateLimitRules(name: string): RateLimitRules {
    const parsed = parseRateLimitRules(this.raw(name));
    if ('problem' in parsed) {
      this.problem(name, parsed.problem);
      return DEFAULT_RATE_LIMIT_RULES;
    }
    return parsed.rules;
  }

  secret(name: string, minLength: number): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && value.length < minLength) {
      this.problem(name, `must be at least ${minLength} characters`);
      return undefined;
    }
    return value;
  }
}
