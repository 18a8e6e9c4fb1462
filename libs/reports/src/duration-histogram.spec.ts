import { addHistograms, durationBucket, histogramMedian, histogramOf } from './duration-histogram';
import { median } from './median';

describe('duration histogram', () => {
  it('keeps zero apart and puts neighbours within 2 % in one bucket', () => {
    expect(durationBucket(0)).toBe(0);
    expect(durationBucket(1)).toBe(1);
    expect(durationBucket(3600)).toBe(durationBucket(3620));
    expect(durationBucket(3600)).not.toBe(durationBucket(3700));
  });

  it('reads a median within 1 % of the exact one, also from days added up', () => {
    const monday = [30, 600, 1800, 5400, 7200, 86_400];
    const tuesday = [45, 900, 3600, 3600, 40_000];
    const exact = median([...monday, ...tuesday]) as number;
    const estimate = histogramMedian(addHistograms(histogramOf(monday), histogramOf(tuesday))) as number;
    expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(0.01);
  });

  it('is null when empty, the mean of the two middle buckets for an even count', () => {
    expect(histogramMedian({})).toBeNull();
    expect(histogramMedian(histogramOf([0, 0]))).toBe(0);
    const even = histogramMedian(histogramOf([100, 200])) as number;
    expect(Math.abs(even - 150) / 150).toBeLessThanOrEqual(0.01);
  });
});
