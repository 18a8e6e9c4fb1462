import { spawn } from 'node:child_process';

/**
 * A tiny shell that holds a pipe from this process and, when the pipe closes because this
 * process died (even by SIGKILL), asks the postmaster to shut down fast. Without it the
 * postmaster outlives a killed app. Stopped by the caller once the postmaster is gone anyway.
 */
export function startPostmasterWatchdog(postmasterPid: number): { stop(): void } {
  if (process.platform === 'win32') return { stop: () => undefined };
  const watchdog = spawn('/bin/sh', ['-c', 'while read -r _; do :; done; kill -INT "$0" 2>/dev/null', String(postmasterPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => undefined);
  // Neither the child nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref(): void }).unref();
  return {
    // SIGKILL, not closing the pipe: a closed pipe is the very signal to stop the postmaster.
    stop: () => void watchdog.kill('SIGKILL'),
  };
}
