import { rangeParts } from './range-parts';

describe('rangeParts', () => {
  it('reads whole months as months and the days around them as days', () => {
    expect(rangeParts({ from: '2027-01-30', to: '2027-04-02' })).toEqual({ months: ['2027-02-01', '2027-03-01'], days: ['2027-01-30', '2027-01-31', '2027-04-01', '2027-04-02'] });
  });

  it('reads a year as its twelve months', () => {
    expect(rangeParts({ from: '2027-01-01', to: '2027-12-31' })).toEqual({ months: Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}-01`), days: [] });
  });

  it('reads a month cut short, or a leap February whole, as it is', () => {
    expect(rangeParts({ from: '2027-03-01', to: '2027-03-03' })).toEqual({ months: [], days: ['2027-03-01', '2027-03-02', '2027-03-03'] });
    expect(rangeParts({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ months: ['2028-02-01'], days: [] });
  });
});
