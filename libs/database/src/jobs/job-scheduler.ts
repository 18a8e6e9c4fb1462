import { EntityManager } from 'typeorm';

export interface DurableJob<T extends object = object> {
  readonly name: string;
  readonly data: T;
  /** Deterministic UUID, so scheduling the same job twice makes one job. */
  readonly id: string;
  /**
   * Left out: due as soon as a worker takes it. The queue compares a start with the database's
   * time, which a process started on a clock of its own (CLOCK_START) does not share, so only a
   * real delay should name an instant.
   */
  readonly startAfter?: Date;
  /** Retries with exponential backoff before the job is marked failed. */
  readonly retryLimit?: number;
}

/**
 * Schedules durable jobs (PostgreSQL, via pg-boss). Pass the caller's EntityManager to enqueue
 * inside its transaction: the job exists exactly when the business change that needs it commits.
 */
export abstract class JobScheduler {
  abstract schedule(job: DurableJob, manager?: EntityManager): Promise<void>;
  /** Several jobs in one statement; the same guarantees as `schedule` for each. */
  abstract scheduleAll(jobs: readonly DurableJob[], manager?: EntityManager): Promise<void>;
  /** Whether the queue is started and its own connections reach its tables. */
  abstract isUp(): Promise<boolean>;
}

export type JobHandler<T extends object = object> = (data: T, jobId: string) => Promise<void>;
