import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where socket.io's PostgreSQL adapter parks a broadcast too large for a NOTIFY payload (8000
 * bytes): the notification carries only the row id. The adapter deletes rows older than 30 s.
 */
export class SocketFanOut1780820000000 implements MigrationInterface {
  name = 'SocketFanOut1780820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        payload bytea NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_io_attachments`);
  }
}
