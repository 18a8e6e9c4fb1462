import { DataSource, EntityManager } from 'typeorm';

/** SQLSTATEs after which the whole transaction can simply run again. */
const RETRYABLE = new Set(['40001' /* serialization_failure */, '40P01' /* deadlock_detected */]);

/**
 * Runs `work` in a transaction and runs it again, with a short jittered backoff, when PostgreSQL
 * aborts it for a serialization failure or a deadlock. `work` must be safe to repeat (it is: it
 * only touches the database, and the aborted attempt left nothing behind).
 */
export function inTransactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  maxAttempts = 5,
): Promise<T> {
  return withRetry(() => dataSource.transaction(work), maxAttempts);
}

/**
 * Runs `work` again, as `inTransactionWithRetry` does, when PostgreSQL aborts it for a
 * serialization failure or a deadlock: for one statement that is its own transaction.
 */
export async function withRetry<T>(work: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).code ??
        (error as { driverError?: { code?: string } }).driverError?.code;
      if (!code || !RETRYABLE.has(code) || attempt >= maxAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}
