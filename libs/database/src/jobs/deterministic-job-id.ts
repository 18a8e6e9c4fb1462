import { createHash } from 'node:crypto';

/**
 * A UUID (pg-boss job ids are UUIDs) derived from the parts that identify one timer, so that
 * scheduling the same timer twice makes one job.
 */
export function deterministicJobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\0')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
