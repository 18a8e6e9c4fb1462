/**
 * Durations counted per log bucket, so that days can be added up and a median read from the sum.
 * Bucket 0 holds zero seconds; bucket b ≥ 1 holds [RATIO^(b-1), RATIO^b) seconds and reads as its
 * geometric middle, so a median read from a histogram is within 1 % of the true one (a day of
 * 1,000,000 tickets still uses under 900 buckets for durations up to a year).
 */
export type DurationHistogram = Readonly<Record<string, number>>;

const RATIO = 1.02;
const LOG_RATIO = Math.log(RATIO);

export function durationBucket(seconds: number): number {
  return seconds < 1 ? 0 : Math.floor(Math.log(seconds) / LOG_RATIO + 1e-9) + 1;
}

function bucketSeconds(bucket: number): number {
  return bucket === 0 ? 0 : Math.exp((bucket - 0.5) * LOG_RATIO);
}

export function histogramOf(seconds: readonly number[]): DurationHistogram {
  const histogram: Record<string, number> = {};
  for (const value of seconds) {
    const bucket = durationBucket(value);
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
  }
  return histogram;
}

export function addHistograms(a: DurationHistogram, b: DurationHistogram): DurationHistogram {
  const sum: Record<string, number> = { ...a };
  for (const [bucket, count] of Object.entries(b)) sum[bucket] = (sum[bucket] ?? 0) + count;
  return sum;
}

/** The median as a histogram tells it (the mean of the two middle values for an even count), whole seconds; null when empty. */
export function histogramMedian(histogram: DurationHistogram): number | null {
  const buckets = Object.entries(histogram)
    .map(([bucket, count]) => ({ bucket: Number(bucket), count }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => a.bucket - b.bucket);
  const total = buckets.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const entry of buckets) {
      seen += entry.count;
      if (rank < seen) return bucketSeconds(entry.bucket);
    }
    return bucketSeconds(buckets[buckets.length - 1].bucket);
  };
  return Math.round((valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2);
}
