import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `report_monthly`: the daily rollups added up per calendar month, so that a report over a year adds
 * twelve histograms instead of 365. Kept by the same roll-up as `report_daily`; filled here from it.
 */
export class ReportMonthly1780950000000 implements MigrationInterface {
  name = 'ReportMonthly1780950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_monthly (
        dimension text NOT NULL,
        value text NOT NULL,
        month date NOT NULL,
        metric text NOT NULL,
        count bigint NOT NULL,
        score_sum bigint NOT NULL DEFAULT 0,
        wall_seconds_sum bigint NOT NULL DEFAULT 0,
        business_seconds_sum bigint NOT NULL DEFAULT 0,
        wall_histogram jsonb NOT NULL DEFAULT '{}',
        business_histogram jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (dimension, value, month, metric),
        CHECK (extract(day FROM month) = 1)
      )`);
    await q.query(`
      INSERT INTO report_monthly (dimension, value, month, metric, count, score_sum, wall_seconds_sum, business_seconds_sum)
      SELECT dimension, value, date_trunc('month', day)::date, metric, sum(count), sum(score_sum), sum(wall_seconds_sum), sum(business_seconds_sum)
      FROM report_daily GROUP BY 1, 2, 3, 4`);
    for (const clock of ['wall', 'business']) {
      await q.query(`
        UPDATE report_monthly m SET ${clock}_histogram = h.histogram
        FROM (SELECT dimension, value, month, metric, jsonb_object_agg(bucket, total) AS histogram
              FROM (SELECT d.dimension, d.value, date_trunc('month', d.day)::date AS month, d.metric, b.key AS bucket, sum(b.value::bigint) AS total
                    FROM report_daily d, jsonb_each_text(d.${clock}_histogram) AS b GROUP BY 1, 2, 3, 4, 5) buckets
              GROUP BY 1, 2, 3, 4) h
        WHERE m.dimension = h.dimension AND m.value = h.value AND m.month = h.month AND m.metric = h.metric`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_monthly`);
  }
}
