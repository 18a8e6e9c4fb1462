import { v5 as uuidV5 } from 'uuid';

/** This application's namespace for name-based job ids; fixed forever, or every id changes. */
const JOB_ID_NAMESPACE = '5a2143cb-15c2-434b-b978-c7d9241d62f0';

/**
 * A name-based UUID (v5; pg-boss job ids are UUIDs) derived from the parts that identify one
 * timer, so that scheduling the same timer twice makes one job.
 */
export function deterministicJobId(...parts: string[]): string {
  return uuidV5(parts.join('\0'), JOB_ID_NAMESPACE);
}
