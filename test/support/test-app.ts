import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PgBossJobQueue } from '@okpay/database';
import { loadConfig, ManualClock } from '@okpay/shared';
import supertest from 'supertest';
import { API_APP_OPTIONS, createApiAdapter, createApiApp, initApiApp } from '../../apps/api/src/api-app';
import { ApiModule, ApiModuleOptions } from '../../apps/api/src/app.module';
import { JOB_QUEUES } from '../../apps/api/src/jobs/job-workers';
import { DemoSeed } from '../../apps/api/src/seed/demo-seed';
import { createTestDatabase } from './test-database';

/** Tests sign widget identities with this, as a host page's server would. */
export const TEST_WIDGET_IDENTITY_SECRET = 'test-widget-identity-secret-long-enough-0123456789';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: () => supertest.Agent;
  readonly clock: ManualClock;
  readonly databaseUrl: string;
  /** Jobs are enqueued for real; no worker runs, so a test decides when a job's work happens. */
  readonly jobs: PgBossJobQueue;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Where the injected clock stands; it moves only when the test moves it. */
  readonly now?: string;
  /** Extra environment, validated exactly as at a real start. */
  readonly env?: Record<string, string>;
  readonly seed?: boolean;
  /** An existing database instead of a fresh one (migrations already run): another app's, for a second process on the same data, or an earlier TestApp's, as when a database is started again. */
  readonly databaseUrl?: string;
  /**
   * Providers replaced through the Nest testing module: only for a port whose real binding
   * lives outside this app (the bot), to prove the wiring, or to wrap a real component so it
   * reaches a case it otherwise reaches unpredictably (the classifier's close call).
   */
  readonly overrides?: readonly { readonly provide: { readonly prototype: unknown }; readonly useValue: unknown }[];
}

/** The real API app on its own fresh database, with a manual clock. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const clock = new ManualClock(options.now ?? '2027-01-04T02:00:00Z');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TRUST_PROXY: 'true',
    SMTP_INGEST_PORT: '0',
    ...options.env,
  });
  const jobs = new PgBossJobQueue(databaseUrl, (error) => {
    throw error;
  });
  await jobs.start(JOB_QUEUES);
  const apiOptions: ApiModuleOptions = {
    config,
    clock,
    databaseUrl,
    tokenSecret: 'test-token-secret-that-is-long-enough-0123456789',
    widgetIdentitySecret: TEST_WIDGET_IDENTITY_SECRET,
    jobs,
  };
  let app: NestFastifyApplication;
  try {
    app = options.overrides ? await createOverriddenApp(apiOptions, options.overrides) : await createApiApp(apiOptions);
    if (options.seed ?? true) await app.get(DemoSeed).run();
  } catch (error) {
    // A boot that fails must not leave pg-boss's timers running into the next test file.
    await jobs.stop();
    throw error;
  }
  return {
    app,
    clock,
    databaseUrl,
    jobs,
    http: () => supertest.agent(app.getHttpServer()),
    close: async () => {
      try {
        await app.close();
      } finally {
        await jobs.stop();
      }
    },
  };
}

async function createOverriddenApp(options: ApiModuleOptions, overrides: NonNullable<TestAppOptions['overrides']>): Promise<NestFastifyApplication> {
  let builder = Test.createTestingModule({ imports: [ApiModule.forRoot(options)] });
  for (const override of overrides) builder = builder.overrideProvider(override.provide).useValue(override.useValue);
  const moduleRef = await builder.compile();
  return initApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createApiAdapter(options), API_APP_OPTIONS));
}
