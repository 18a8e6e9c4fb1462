import { EmbeddedPostgresServer, PostmasterExit } from './embedded-postgres-server';

export interface SupervisionPolicy {
  /** More restarts than this within `windowMs` (failed or not) and the supervisor gives up. */
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** Delay before the first restart of a burst; doubles with every further one. */
  readonly firstDelayMs: number;
}

export interface SupervisionEvents {
  readonly onExit: (exit: PostmasterExit) => void;
  readonly onRestarted: (attempt: number) => void;
  readonly onRestartFailed: (error: unknown, attempt: number) => void;
  /** The database will not come back by itself: exit non-zero so that the process supervisor restarts the app. */
  readonly onGaveUp: (lastError: unknown) => void;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = { maxRestarts: 5, windowMs: 60_000, firstDelayMs: 500 };

/**
 * Restarts the embedded PostgreSQL when it exits unasked, with exponential backoff. The app's pools
 * reconnect by themselves (broken clients are discarded, new ones are made on demand), so a
 * restarted postmaster is all it takes to recover.
 */
export function superviseEmbeddedPostgres(
  server: EmbeddedPostgresServer,
  events: SupervisionEvents,
  policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY,
): { stop(): void } {
  const restartTimes: number[] = [];
  // Stopped on shutdown, before the app lets go of PostgreSQL: a Ctrl-C in a terminal reaches
  // the postmaster too, and its exit then is no crash.
  let stopped = false;

  const restartSoon = (lastError: unknown): void => {
    if (stopped) return;
    const now = performance.now();
    while (restartTimes.length > 0 && now - restartTimes[0]! > policy.windowMs) restartTimes.shift();
    if (restartTimes.length >= policy.maxRestarts) {
      stopped = true;
      events.onGaveUp(lastError);
      return;
    }
    restartTimes.push(now);
    const attempt = restartTimes.length;
    setTimeout(() => {
      if (stopped) return;
      server.restart().then(
        () => events.onRestarted(attempt),
        (error: unknown) => {
          events.onRestartFailed(error, attempt);
          restartSoon(error);
        },
      );
    }, policy.firstDelayMs * 2 ** (attempt - 1));
  };

  server.onUnexpectedExit((exit) => {
    if (stopped) return;
    events.onExit(exit);
    restartSoon(new Error(`PostgreSQL exited (code ${exit.code}, signal ${exit.signal})`));
  });
  return { stop: () => void (stopped = true) };
}
