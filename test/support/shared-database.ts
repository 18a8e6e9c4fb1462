import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUILT_DATABASE_SERVER = join(__dirname, '../../dist/apps/api/src/cli/database-server.js');
/** Safety net only: an embedded PostgreSQL that has not started by then has failed. */
const START_BOUND_MS = 60_000;

export interface SharedDatabase {
  readonly url: string;
  /** The process of `npm run db`: PostgreSQL and its backends are its descendants. */
  readonly pid: number;
  /** Everything it printed on stdout. */
  output(): string;
  /** Stops PostgreSQL the way Ctrl-C does; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `npm run db` from the built output (as `spawnApi` runs `npm start`): resolves once it printed its DATABASE_URL line. */
export function startSharedDatabase(dataDir: string): Promise<SharedDatabase> {
  if (!existsSync(BUILT_DATABASE_SERVER)) throw new Error(`${BUILT_DATABASE_SERVER} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [BUILT_DATABASE_SERVER], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`no DATABASE_URL line within ${START_BOUND_MS} ms:\n${stdout}${stderr}`)), START_BOUND_MS);
    void exited.then((code) => fail(new Error(`the database process exited with ${code}:\n${stdout}${stderr}`)));
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const line = /^DATABASE_URL=(\S+)\n/m.exec(stdout);
      if (!line || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ url: line[1], pid: child.pid!, output: () => stdout, stop: () => stopChild(child, exited) });
    });
  });
}

function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  return exited;
}
