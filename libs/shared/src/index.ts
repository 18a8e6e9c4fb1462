export * from './config/app-config';
export * from './config/invalid-config.error';
export * from './config/load-config';
export * from './clock/clock';
export * from './errors/domain-error';
export * from './sensitive-data/card-numbers';
export * from './secrets/secret-file';
export * from './errors/postgres-errors';
