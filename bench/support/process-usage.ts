import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** User + system CPU, seconds, of the process itself. */
  readonly cpuSeconds: number;
  /** Of its children that have exited and were waited for (PostgreSQL backends come and go). */
  readonly exitedChildrenCpuSeconds: number;
}

async function procStat(pid: number): Promise<ProcStat | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; everything after its closing parenthesis is fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      exitedChildrenCpuSeconds: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
    };
  } catch {
    return null; // it exited meanwhile
  }
}

export async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}

export interface CpuSplit {
  /** The API process itself. */
  readonly api: number;
  /** Its descendants: the embedded PostgreSQL server and its backends. */
  readonly database: number;
}

/** CPU seconds used so far by the API process and, separately, by the processes it started. */
export async function cpuOfTree(rootPid: number): Promise<CpuSplit> {
  const stats = (await Promise.all((await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map((name) => procStat(Number(name))))).filter(
    (stat): stat is ProcStat => stat !== null,
  );
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let database = 0;
  const pending = [...(children.get(rootPid) ?? [])];
  for (let next = pending.pop(); next; next = pending.pop()) {
    database += next.cpuSeconds + next.exitedChildrenCpuSeconds;
    pending.push(...(children.get(next.pid) ?? []));
  }
  return { api: stats.find((stat) => stat.pid === rootPid)?.cpuSeconds ?? 0, database };
}

/** Resolves once the API process and its PostgreSQL together use less than `cpuSecondsPerSecond` over a second. */
export async function untilIdle(rootPid: number, cpuSecondsPerSecond: number): Promise<void> {
  for (let before = await cpuOfTree(rootPid); ; ) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await cpuOfTree(rootPid);
    if (now.api + now.database - before.api - before.database < cpuSecondsPerSecond) return;
    before = now;
  }
}
