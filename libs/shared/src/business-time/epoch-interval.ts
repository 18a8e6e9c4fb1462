/** A span of time between two instants in epoch milliseconds, `end` excluded. */
export interface EpochInterval {
  readonly start: number;
  readonly end: number;
}

/** Sorted, with overlapping and touching intervals joined (18:00–24:00 + 00:00–06:00 is one); empty ones dropped. */
export function mergeIntervals(intervals: readonly EpochInterval[]): EpochInterval[] {
  const sorted = intervals.filter((i) => i.start < i.end).sort((a, b) => a.start - b.start);
  const merged: EpochInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/**
 * The parts of `interval` outside every hole, in order; keeps the interval's other fields.
 * `holes` must be sorted and merged (see `mergeIntervals`).
 */
export function subtractIntervals<T extends EpochInterval>(interval: T, holes: readonly EpochInterval[]): T[] {
  const pieces: T[] = [];
  let start = interval.start;
  for (const hole of holes) {
    if (hole.end <= start || hole.start >= interval.end) continue;
    if (hole.start > start) pieces.push({ ...interval, start, end: hole.start });
    start = Math.max(start, hole.end);
  }
  if (start < interval.end) pieces.push({ ...interval, start });
  return pieces;
}

/** Every interval of the stream with the holes cut out, lazily. */
export function* withoutHoles<T extends EpochInterval>(
  intervals: Iterable<T>,
  holes: readonly EpochInterval[],
): Generator<T> {
  const mergedHoles = mergeIntervals(holes);
  for (const interval of intervals) yield* subtractIntervals(interval, mergedHoles);
}
