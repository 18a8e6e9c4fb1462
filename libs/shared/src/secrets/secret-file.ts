import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A random secret kept in a 0600 file, created on first use, so a local install needs no
 * configuration yet keeps the same secret across restarts.
 */
export async function readOrCreateSecretFile(path: string, bytes = 32): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  await mkdir(dirname(path), { recursive: true });
  const secret = randomBytes(bytes).toString('base64url');
  await writeFile(path, secret + '\n', { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    // Another process created it first: use theirs.
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(path, 'utf8')).trim();
}
