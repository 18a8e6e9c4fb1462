export * from './data-source-options';
export * from './embedded-postgres-server';
export * from './snake-naming-strategy';
