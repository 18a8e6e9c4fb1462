/**
 * The one source of "now" for time-dependent code, so tests can stand at any instant
 * (a Friday 17:59 in Shanghai) without waiting. Inject it; never call `new Date()` for policy.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Starts at a chosen instant and runs on in real time (`CLOCK_START`). */
export class ShiftedClock extends Clock {
  private readonly offsetMs: number;

  constructor(start: Date, realNow: () => number = Date.now) {
    super();
    this.offsetMs = start.getTime() - realNow();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** Stands still until told to move: for tests. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date | string) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
