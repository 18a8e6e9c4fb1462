import { isDatabaseOverload, ServiceOverloadedError } from './database-overload';
import { databaseUnavailableError, DomainError } from './domain-error';
import { isDatabaseUnreachable, userValueErrorOf } from './postgres-errors';

/**
 * What a database failure means to the caller, the same for every transport: a refused value of
 * theirs (4xx), a database that cannot be reached or that shed the request under load (retryable
 * `unavailable`), or undefined when it is none of these and stays an internal error.
 */
export function domainErrorOfDatabaseFailure(error: unknown): DomainError | undefined {
  const refusedValue = userValueErrorOf(error);
  if (refusedValue) return refusedValue;
  if (isDatabaseUnreachable(error)) return databaseUnavailableError();
  if (isDatabaseOverload(error)) return new ServiceOverloadedError();
  return undefined;
}
