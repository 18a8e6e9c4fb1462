import { EmbeddedPostgresServer } from '@okpay/database';
import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { okpayTestPostgres?: EmbeddedPostgresServer }).okpayTestPostgres?.stop();
  const dataDir = process.env.OKPAY_TEST_DATA_DIR;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
