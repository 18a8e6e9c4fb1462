import { buildDataSourceOptions, preparedQueryIn } from '@okpay/database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './support/test-database';

/** Hot statements (opening a ticket, sending a job) are prepared on the connection of the transaction they belong to. */
describe('preparedQueryIn', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(buildDataSourceOptions({ url: await createTestDatabase(), poolSize: 3 }));
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE prepared_probe (value integer NOT NULL)');
  });
  afterAll(() => dataSource.destroy());

  it('runs inside the transaction of the manager it is given', async () => {
    await dataSource.transaction(async (manager) => {
      const [{ id: plain }] = await manager.query('SELECT txid_current()::text AS id');
      const [{ id: prepared }] = await preparedQueryIn<{ id: string }>(manager, 'probe.txid', 'SELECT txid_current()::text AS id', []);
      expect(prepared).toBe(plain);
    });
  });

  it('writes nothing when that transaction rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await preparedQueryIn(manager, 'probe.insert', 'INSERT INTO prepared_probe (value) VALUES ($1)', [7]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await dataSource.query('SELECT value FROM prepared_probe')).toEqual([]);
  });

  it('outside a transaction runs on the pool, and the same name can be sent again', async () => {
    for (let i = 1; i <= 3; i++) await preparedQueryIn(dataSource.manager, 'probe.insert', 'INSERT INTO prepared_probe (value) VALUES ($1)', [i]);
    expect(await dataSource.query('SELECT value FROM prepared_probe ORDER BY value')).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }]);
  });
});
