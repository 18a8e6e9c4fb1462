import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** Clones the migrated template into a database that only the calling test file uses. */
export async function createTestDatabase(): Promise<string> {
  const templateUrl = process.env.OKPAY_TEST_TEMPLATE_URL;
  if (!templateUrl) throw new Error('OKPAY_TEST_TEMPLATE_URL is not set: run e2e tests through jest (global setup)');
  const template = new URL(templateUrl);
  const name = `test_${randomUUID().replace(/-/g, '')}`;

  const admin = new Client({ connectionString: withDatabase(template, 'postgres') });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.pathname.slice(1)}`);
        break;
      } catch (error) {
        // Two clones starting at the same instant can see each other on the template.
        const busy = (error as { code?: string }).code === '55006';
        if (!busy || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  return withDatabase(template, name);
}

function withDatabase(url: URL, database: string): string {
  const copy = new URL(url.toString());
  copy.pathname = `/${database}`;
  return copy.toString();
}
