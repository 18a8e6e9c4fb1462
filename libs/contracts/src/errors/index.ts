export * from './shared-error-codes';
export * from './auth-error-codes';
export * from './wallet-error-codes';
export * from './tickets-error-codes';
export * from './routing-error-codes';
export * from './bot-error-codes';
export * from './api-error-codes';
export * from './error-code';
