import { median } from './median';

describe('median', () => {
  it('is null for nothing, the middle for an odd count, the mean of the middle two for an even one', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});
