export * from './data-source-options';
export * from './embedded-postgres-server';
export * from './snake-naming-strategy';
export * from './transaction-retry';
export * from './jobs/job-scheduler';
export * from './jobs/pg-boss-job-queue';
export * from './jobs/deterministic-job-id';
export * from './embedded-postgres-supervisor';
