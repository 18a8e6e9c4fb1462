import { customCleanEnv, str } from 'envalid';
import { isAbsolute, resolve } from 'node:path';
import { AppConfig, LOG_LEVELS } from './app-config';
import { emailAddress, isoInstant, oneOf, port, rateLimitRules, secret, urlWithProtocol, wholeNumber } from './env-validators';
import { ConfigProblem, InvalidConfigError } from './invalid-config.error';
import { DEFAULT_RATE_LIMIT_RULES } from './rate-limit-rules';

type Env = Readonly<Record<string, string | undefined>>;

const NODE_ENVS = ['development', 'test', 'production'] as const;
const ON_OFF = ['on', 'off'] as const;
const SECRET_MIN_LENGTH = 32;

/** The variables and their defaults (README, Configuration); checked by envalid. */
const SPECS = {
  NODE_ENV: oneOf(NODE_ENVS)({ default: 'development' }),
  HOST: str({ default: '127.0.0.1' }),
  PORT: port({ default: 3000 }),
  DATA_DIR: str({ default: '.data' }),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:'])({ default: undefined }),
  DATABASE_POOL_SIZE: wholeNumber(1, 500)({ default: 20 }),
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: wholeNumber(100, 600_000)({ default: 5_000 }),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000)({ default: 30_000 }),
  DATABASE_LOCK_TIMEOUT_MS: wholeNumber(100, 600_000)({ default: 5_000 }),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: wholeNumber(100, 3_600_000)({ default: 30_000 }),
  EMBEDDED_PG_PORT: port({ default: 0 }),
  SMTP_INGEST_PORT: port({ default: 2525 }),
  SMTP_INGEST_HOST: str({ default: undefined }),
  INBOUND_MAIL_MAX_BYTES: wholeNumber(1024, 100 * 1024 * 1024)({ default: 10 * 1024 * 1024 }),
  SUPPORT_ADDRESS: emailAddress({ default: 'support@okpay.test' }),
  SUPPORT_HOTLINE: str({ default: '400-000-0000' }),
  PUBLIC_URL: urlWithProtocol(['http:', 'https:'])({ default: undefined }),
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:'])({ default: undefined }),
  CLOCK_START: isoInstant({ default: undefined }),
  RISK_RULES: oneOf(ON_OFF)({ default: 'on' }),
  LOG_LEVEL: oneOf(LOG_LEVELS)({ default: 'info', testDefault: 'silent' }),
  AUTH_TOKEN_SECRET: secret(SECRET_MIN_LENGTH)({ default: undefined }),
  WIDGET_IDENTITY_SECRET: secret(SECRET_MIN_LENGTH)({ default: undefined }),
  LOGIN_MAX_FAILURES_PER_MINUTE: wholeNumber(1, 1000)({ default: 10 }),
  CHAT_EVENT_BURST: wholeNumber(1, 100_000)({ default: 20 }),
  CHAT_EVENTS_PER_MINUTE: wholeNumber(1, 1_000_000)({ default: 120 }),
  RATE_LIMITS: rateLimitRules({ default: DEFAULT_RATE_LIMIT_RULES }),
  TRUST_PROXY: oneOf(['true', 'false'])({ default: 'false' }),
  // The demo logins and their passwords are public (README): off in production, where `on` is refused below.
  SEED_DEMO_DATA: oneOf(ON_OFF)({ default: 'off', devDefault: 'on' }),
};

/**
 * Reads the environment once. Every variable is checked before anything starts, and all
 * problems are reported together so one failed start shows everything to fix.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const problems: ConfigProblem[] = [];
  // Without envalid's strict proxy: a refused variable is read as unset by the checks below.
  const vars = customCleanEnv(givenValues(env), SPECS, (cleaned) => cleaned, {
    reporter: ({ errors }) => {
      for (const [variable, error] of Object.entries(errors)) problems.push({ variable, message: error!.message });
    },
  });
  const production = vars.NODE_ENV === 'production';
  if (production) {
    if (vars.CLOCK_START) problems.push({ variable: 'CLOCK_START', message: 'must not be set in production' });
    for (const variable of ['AUTH_TOKEN_SECRET', 'WIDGET_IDENTITY_SECRET'] as const) {
      // A secret already refused as too short is not reported twice.
      if (!vars[variable] && !problems.some((p) => p.variable === variable)) {
        problems.push({ variable, message: `is required in production (at least ${SECRET_MIN_LENGTH} characters)` });
      }
    }
    if (vars.SEED_DEMO_DATA === 'on') problems.push({ variable: 'SEED_DEMO_DATA', message: 'must not be on in production' });
  }
  if (problems.length > 0) throw new InvalidConfigError(problems);

  return {
    nodeEnv: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    dataDir: isAbsolute(vars.DATA_DIR) ? vars.DATA_DIR : resolve(cwd, vars.DATA_DIR),
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE,
    databaseTimeouts: {
      poolAcquireMs: vars.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
      statementMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: vars.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionMs: vars.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    embeddedPostgresPort: vars.EMBEDDED_PG_PORT,
    smtpIngestPort: vars.SMTP_INGEST_PORT,
    smtpIngestHost: vars.SMTP_INGEST_HOST ?? vars.HOST,
    inboundMailMaxBytes: vars.INBOUND_MAIL_MAX_BYTES,
    supportAddress: vars.SUPPORT_ADDRESS,
    supportHotline: vars.SUPPORT_HOTLINE,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    smtpUrl: vars.SMTP_URL,
    clockStart: vars.CLOCK_START,
    riskRules: vars.RISK_RULES === 'on',
    logLevel: vars.LOG_LEVEL,
    authTokenSecret: vars.AUTH_TOKEN_SECRET,
    widgetIdentitySecret: vars.WIDGET_IDENTITY_SECRET,
    loginMaxFailuresPerMinute: vars.LOGIN_MAX_FAILURES_PER_MINUTE,
    chatEventBurst: vars.CHAT_EVENT_BURST,
    chatEventsPerMinute: vars.CHAT_EVENTS_PER_MINUTE,
    rateLimits: vars.RATE_LIMITS,
    trustProxy: vars.TRUST_PROXY === 'true',
    seedDemoData: vars.SEED_DEMO_DATA === 'on',
  };
}

/**
 * Values as given, trimmed; an empty one counts as unset. NODE_ENV is filled in because envalid
 * picks `devDefault`/`testDefault` by NODE_ENV and an unset one means development here.
 */
function givenValues(env: Env): Record<string, string> {
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') given[name] = value.trim();
  }
  given.NODE_ENV ??= 'development';
  return given;
}
