import { Client, ClientConfig } from 'pg';

/**
 * A node-postgres client that always has an `error` listener. The pool listens to its idle
 * clients and TypeORM to the ones its query runners hold, but a client between those hands (checked
 * out, idle, owned by no query) has none, and an unheard `error` event (PostgreSQL restarting:
 * FATAL 57P01) crashes the whole process. The client that fails is dropped by whoever holds it when
 * it is next used; here the error is only reported, and only when nothing else heard it.
 */
export class GuardedPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      if (this.listenerCount('error') === 1) process.emitWarning(`a PostgreSQL connection failed while no one was using it: ${error.message}`, 'PgConnectionWarning');
    });
  }
}
