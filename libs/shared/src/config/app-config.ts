import { RateLimitRules } from './rate-limit-rules';

/** Everything the process reads from its environment, parsed and validated once at boot. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  /** Absolute path: embedded PostgreSQL data, the mail outbox and generated secrets live here. */
  readonly dataDir: string;
  /** When set, use this PostgreSQL server and start no embedded one. */
  readonly databaseUrl?: string;
  /** Connections the API keeps to PostgreSQL. */
  readonly databasePoolSize: number;
  /** Bounds on waiting for the database, so overload is refused (503) instead of queued forever. */
  readonly databaseTimeouts: DatabaseTimeouts;
  /** Port of the embedded PostgreSQL; 0 picks a free one at each start. */
  readonly embeddedPostgresPort: number;
  /** Inbound SMTP listener port; 0 turns the listener off. */
  readonly smtpIngestPort: number;
  /** Interface the SMTP listener binds to (`0.0.0.0` behind an MX); defaults to HOST. */
  readonly smtpIngestHost: string;
  /** Largest inbound mail accepted, in bytes; bigger ones are refused with 552. */
  readonly inboundMailMaxBytes: number;
  readonly supportAddress: string;
  /** Where customers reach this app (links in emails to the help centre), without a trailing slash. */
  readonly publicUrl: string;
  /** The customer-service phone number the help articles quote. */
  readonly supportHotline: string;
  readonly smtpUrl?: string;
  /** Where the application clock starts (never in production). */
  readonly clockStart?: Date;
  readonly riskRules: boolean;
  readonly logLevel: LogLevel;
  /** HMAC secret for access tokens; generated into DATA_DIR outside production when unset. */
  readonly authTokenSecret?: string;
  /** HMAC secret host pages sign widget customer identities with; generated into DATA_DIR outside production when unset. */
  readonly widgetIdentitySecret?: string;
  /** Failed logins allowed per client address per minute, across accounts. */
  readonly loginMaxFailuresPerMinute: number;
  /** Trust X-Forwarded-For from a reverse proxy for the client address. */
  readonly trustProxy: boolean;
  /** Per chat socket: events allowed at once, and sustained events per minute. */
  readonly chatEventBurst: number;
  readonly chatEventsPerMinute: number;
  /** Cheap writes (tickets, callbacks, widget sessions, registration, bot, socket connections), counted in PostgreSQL. */
  readonly rateLimits: RateLimitRules;
  /** Seed the demo agents and customers into an empty database (never in production). */
  readonly seedDemoData: boolean;
  /** What this process runs (ROLES); all three by default, one process as `npm start` has always been. */
  readonly roles: readonly ProcessRole[];
}

/** `api`: HTTP and socket.io; `worker`: durable jobs, routing and assignment loops, timers; `mail`: the SMTP listener. */
export const PROCESS_ROLES = ['api', 'worker', 'mail'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

export interface DatabaseTimeouts {
  /** Longest wait for a free pool connection. */
  readonly poolAcquireMs: number;
  /** Longest a single statement may run. */
  readonly statementMs: number;
  /** Longest a statement waits for a row, table or advisory lock. */
  readonly lockMs: number;
  /** A transaction left idle this long is ended by PostgreSQL, releasing its locks. */
  readonly idleInTransactionMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
