import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { EventBus, GuardedPgClient } from '@okpay/database';
import { AppConfig } from '@okpay/shared';
import { Pool } from 'pg';

/** The LISTEN connections (event bus, socket.io adapter) and the NOTIFYs they send. */
const CLUSTER_POOL_SIZE = 4;

/**
 * How this process hears the others on the same database: a small pool of its own for NOTIFY and
 * LISTEN (the adapter and the event bus each hold one connection open), kept apart from the
 * request pool so a busy API never starves fan-out. With the embedded PostgreSQL the process is
 * alone (nobody else can reach its cluster by default), so there is no pool and events stay local.
 */
@Injectable()
export class ClusterLink implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ClusterLink.name);

  private constructor(
    /** Present when other processes may share the database (DATABASE_URL). */
    readonly pool: Pool | undefined,
    readonly events: EventBus,
  ) {}

  static create(config: AppConfig, databaseUrl: string): ClusterLink {
    const pool = config.databaseUrl
      ? new Pool({ connectionString: databaseUrl, max: CLUSTER_POOL_SIZE, application_name: 'okpay-support-cluster', Client: GuardedPgClient })
      : undefined;
    return new ClusterLink(pool, new EventBus(pool));
  }

  async onModuleInit(): Promise<void> {
    const failed = (error: Error) => this.logger.warn({ err: error }, 'a cluster connection failed');
    this.pool?.on('error', failed);
    // The LISTEN connections are checked out for good, where the pool's own handler no longer
    // covers them: an error there (the database restarting) must not end the process; their
    // owners see the connection end and listen again.
    this.pool?.on('connect', (client) => client.on('error', failed));
    await this.events.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events.stop();
    // Not awaited: socket.io's adapter gives its connection back only when the server closes.
    void this.pool?.end().catch(() => undefined);
  }
}
