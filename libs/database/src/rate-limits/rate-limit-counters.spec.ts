import { DataSource } from 'typeorm';
import { RateLimitCounters } from './rate-limit-counters';

/** A counters table in memory that answers the upsert the way PostgreSQL does. */
function fakeDatabase() {
  const table = new Map<string, number>();
  const statements: unknown[][][] = [];
  // The prepared statement goes to the pool behind the DataSource: one array per column.
  const query = async ({ values }: { values: unknown[][] }) => {
    statements.push(values);
    const [rules, subjectDigests, windowStarts, , hits] = values as [string[], string[], Date[], Date[], number[]];
    const rows = rules.map((rule, i) => {
      const key = `${rule} ${subjectDigests[i]} ${windowStarts[i].toISOString()}`;
      table.set(key, (table.get(key) ?? 0) + hits[i]);
      return { rule, subject_digest: subjectDigests[i], window_start: new Date(windowStarts[i]), hits: table.get(key)! };
    });
    return { rows };
  };
  return { dataSource: { driver: { master: { query } } } as unknown as DataSource, statements };
}

const window = { windowStart: new Date('2026-01-05T10:00:00Z'), windowEnd: new Date('2026-01-05T10:01:00Z') };

describe('RateLimitCounters', () => {
  it('counts the requests of one event-loop turn in one statement, each getting the count it would have got alone', async () => {
    const { dataSource, statements } = fakeDatabase();
    const counters = new RateLimitCounters(dataSource);
    const address = { rule: 'bot_message.address', subject: '10.0.0.1', ...window };
    const identity = { rule: 'bot_message.identity', subject: 'customer-1', ...window };

    const counts = await Promise.all([counters.hit([address, identity]), counters.hit([address]), counters.hit([address, identity])]);

    expect(counts).toEqual([[1, 1], [2], [3, 2]]);
    expect(statements).toHaveLength(1);
    expect(await counters.hit([address])).toEqual([4]);
  });

  it('keeps windows of the same subject apart', async () => {
    const { dataSource } = fakeDatabase();
    const counters = new RateLimitCounters(dataSource);
    const next = { windowStart: window.windowEnd, windowEnd: new Date('2026-01-05T10:02:00Z') };
    const counts = await Promise.all([
      counters.hit([{ rule: 'r', subject: 's', ...window }]),
      counters.hit([{ rule: 'r', subject: 's', ...next }]),
      counters.hit([{ rule: 'r', subject: 's', ...window }]),
    ]);
    expect(counts).toEqual([[1], [1], [2]]);
  });

  it('asks nothing of the database for a request with no limits', async () => {
    const { dataSource, statements } = fakeDatabase();
    expect(await new RateLimitCounters(dataSource).hit([])).toEqual([]);
    expect(statements).toHaveLength(0);
  });
});
