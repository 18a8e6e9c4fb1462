import { ReportRollups, ReportSlices, EXACT_MEDIAN_LIMIT } from '@okpay/reports';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/wallet-fixtures';

const CONTACT_ID = '00000000-0000-4000-8000-0000000a0001';

interface RollupTotals {
  count: number;
  score_sum: number;
  wall_seconds_sum: number;
  business_seconds_sum: number;
  wall_histogram: Record<string, number>;
  business_histogram: Record<string, number>;
}

/** The daily rows added up per month, as the test computes it: the key is dimension, value, month and metric. */
function dailySummedPerMonth(rows: (RollupTotals & { dimension: string; value: string; day: string; metric: string })[]): Map<string, RollupTotals> {
  const months = new Map<string, RollupTotals>();
  for (const row of rows) {
    const key = [row.dimension, row.value, `${row.day.slice(0, 7)}-01`, row.metric].join(' ');
    const sum = months.get(key) ?? { count: 0, score_sum: 0, wall_seconds_sum: 0, business_seconds_sum: 0, wall_histogram: {}, business_histogram: {} };
    sum.count += Number(row.count);
    sum.score_sum += Number(row.score_sum);
    sum.wall_seconds_sum += Number(row.wall_seconds_sum);
    sum.business_seconds_sum += Number(row.business_seconds_sum);
    for (const clock of ['wall_histogram', 'business_histogram'] as const) {
      for (const [bucket, count] of Object.entries(row[clock])) sum[clock][bucket] = (sum[clock][bucket] ?? 0) + count;
    }
    months.set(key, sum);
  }
  return months;
}

/** Monthly rollups: kept by the roll-up, equal to the daily ones summed, and giving the figures the days give. */
describe('monthly report rollups', () => {
  let t: TestApp;
  let admin: string;
  let dataSource: DataSource;

  /** Tickets created every `hours` hours from `from` to `to`, answered and solved after durations that vary, a third of them rated. */
  const writeTickets = async (from: string, to: string, hours: number) => {
    await dataSource.query(
      `INSERT INTO tickets (id, subject, status, priority, channel, contact_id, created_at, updated_at, first_response_due_at, first_responded_at, resolution_due_at, solved_at)
       SELECT gen_random_uuid(), 'Monthly ' || i, 'solved', 'normal', 'web', $3, at, at, at + interval '4 hours', at + (i % 97) * interval '3 minutes',
              at + interval '24 hours', at + (i % 31) * interval '2 hours'
       FROM (SELECT row_number() OVER () AS i, at FROM generate_series($1::timestamptz, $2::timestamptz, $4 * interval '1 hour') AS at) s`,
      [from, to, CONTACT_ID, hours],
    );
    await dataSource.query(`INSERT INTO ticket_satisfaction (ticket_id, score, created_at) SELECT id, 1 + number % 5, solved_at FROM tickets WHERE number % 3 = 0 ON CONFLICT DO NOTHING`);
  };
  const overview = async (query: string) => (await t.http().get(`/api/v1/reports/overview?${query}`).auth(admin, { type: 'bearer' }).expect(200)).body;
  const monthlyRows = async () => dataSource.query(`SELECT dimension, value, to_char(month, 'YYYY-MM-DD') AS month, metric, count, score_sum, wall_seconds_sum, business_seconds_sum, wall_histogram, business_histogram FROM report_monthly ORDER BY 1, 2, 3, 4`);

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-03-10T02:00:00Z' });
    admin = await adminToken(t);
    dataSource = t.app.get(DataSource);
    await dataSource.query(`INSERT INTO contacts (id, name, created_at) VALUES ($1, 'Monthly', '2027-01-01T00:00:00Z')`, [CONTACT_ID]);
    // Two rounds, rolled up between them, so that the second adds into monthly rows already kept.
    await writeTickets('2027-01-20T01:00:00Z', '2027-03-05T23:00:00Z', 7);
    expect(await t.app.get(ReportRollups).rollPending()).toBeGreaterThan(0);
    await writeTickets('2027-01-28T03:00:00Z', '2027-03-03T05:00:00Z', 11);
    expect(await t.app.get(ReportRollups).rollPending()).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps each monthly row equal to its days summed, also after a rebuild', async () => {
    const expectMonthsEqualDays = async () => {
      const daily = await dataSource.query(`SELECT dimension, value, to_char(day, 'YYYY-MM-DD') AS day, metric, count, score_sum, wall_seconds_sum, business_seconds_sum, wall_histogram, business_histogram FROM report_daily`);
      const expected = dailySummedPerMonth(daily);
      const monthly = await monthlyRows();
      expect(monthly.length).toBe(expected.size);
      expect(new Set(monthly.map((row: { month: string }) => row.month))).toEqual(new Set(['2027-01-01', '2027-02-01', '2027-03-01']));
      for (const row of monthly) {
        expect({
          count: Number(row.count),
          score_sum: Number(row.score_sum),
          wall_seconds_sum: Number(row.wall_seconds_sum),
          business_seconds_sum: Number(row.business_seconds_sum),
          wall_histogram: row.wall_histogram,
          business_histogram: row.business_histogram,
        }).toEqual(expected.get([row.dimension, row.value, row.month, row.metric].join(' ')));
      }
      return monthly;
    };
    const kept = await expectMonthsEqualDays();
    expect(await t.app.get(ReportRollups).rebuild()).toBeGreaterThan(0);
    expect(await expectMonthsEqualDays()).toEqual(kept);
  });

  it('gives over partial months the figures rolled up per day from the events, medians from histograms', async () => {
    const slices = t.app.get(ReportSlices);
    slices.exactMedianLimit = 0;
    try {
      // One filter reads the rollups (whole February from the monthly rows, the days around it from the
      // daily ones); two filters, matching the same tickets, roll the events up per day in memory.
      for (const range of ['from=2027-01-30&to=2027-03-02', 'from=2027-02-01&to=2027-02-28', 'from=2027-01-25&to=2027-03-06']) {
        const fromRollups = await overview(`${range}&channel=web`);
        expect(fromRollups.ticketsSolved).toBeGreaterThan(0);
        expect(fromRollups.firstResponseMedianSeconds).not.toBeNull();
        expect(fromRollups).toEqual(await overview(`${range}&channel=web&priority=normal`));
        // The series is read per day; its days add up to the headline counts.
        expect(fromRollups.series.reduce((sum: number, day: { ticketsCreated: number }) => sum + day.ticketsCreated, 0)).toBe(fromRollups.ticketsCreated);
      }
    } finally {
      slices.exactMedianLimit = EXACT_MEDIAN_LIMIT;
    }
  });
});
