import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const STOP_WAIT_MS = 30_000;
const POLL_MS = 100;

/**
 * A postmaster still running on this cluster, left behind by a process that was killed before
 * it could stop it (it keeps running, re-parented to PID 1). PostgreSQL itself refuses to start
 * beside it; a stale pid file (dead pid) it handles alone, so only a live one is stopped here.
 *
 * @returns the pid that was stopped, or undefined when there was none
 */
export async function stopLeftoverPostmaster(clusterDir: string): Promise<number | undefined> {
  const pid = await readPostmasterPid(clusterDir);
  if (pid === undefined || pid === process.pid || !isAlive(pid) || !isPostgres(pid)) return undefined;
  // SIGINT is PostgreSQL's fast shutdown: sessions end, a checkpoint is written.
  signal(pid, 'SIGINT');
  if (await exitedWithin(pid, STOP_WAIT_MS)) return pid;
  // Immediate shutdown: the next start replays the WAL, nothing committed is lost.
  signal(pid, 'SIGQUIT');
  if (await exitedWithin(pid, STOP_WAIT_MS)) return pid;
  throw new Error(`PostgreSQL (pid ${pid}) left running on ${clusterDir} did not stop`);
}

/** The first line of `postmaster.pid`; undefined when there is no such file. */
export async function readPostmasterPid(clusterDir: string): Promise<number | undefined> {
  const text = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number.parseInt(text?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A recycled pid may now be some other program; where /proc tells, make sure it is a postgres. */
function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return basename(readFileSync(cmdline, 'utf8').split('\0')[0] ?? '') === 'postgres';
  } catch {
    return true;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += POLL_MS) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return !isAlive(pid);
}
