import { isLuhnValid } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/** Appends the Luhn check digit: a card number no seed or fixture holds. */
function card(body: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const masked = (digits: string) => digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4);
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');

/** Card numbers typed into names and topics, in the forms that used to escape masking. */
describe('card numbers typed where a customer types never reach the database', () => {
  let t: TestApp;
  let db: DataSource;
  const cards = {
    dotted: card('453914880343646'),
    zeroWidth: card('542523343010990'),
    fullWidth: card('601100009013942'),
    underscored: card('356600202036050'),
    fileName: card('491761000000000'),
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  /** Every row of every table, in every schema (the job queue's too), as text. */
  const everything = async (): Promise<string> => {
    const tables: { schema: string; name: string }[] = await db.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const dumps = await Promise.all(
      tables.map(async ({ schema, name }) => {
        const [row] = await db.query(`SELECT coalesce(string_agg(t::text, E'\\n'), '') AS dump FROM "${schema}"."${name}" t`);
        return row.dump as string;
      }),
    );
    return dumps.join('\n');
  };

  /** The digits of the whole database, read as a person would (NFKC, separators and invisible characters dropped). */
  const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

  it('masks a card in a registration name', async () => {
    const typed = `Li Lei ${cards.dotted.replace(/(\d{4})(?=\d)/g, '$1.')}`;
    const response = await t
      .http()
      .post('/api/v1/auth/customers/register')
      .send({ email: 'li.lei@example.com', password: 'a-good-long-password', name: typed, locale: 'en' })
      .expect(201);
    expect(response.body.customer.name).toBe(`Li Lei ${masked(cards.dotted)}`);
    const [row] = await db.query('SELECT name FROM customers WHERE email = $1', ['li.lei@example.com']);
    expect(row.name).toBe(`Li Lei ${masked(cards.dotted)}`);
  });

  it('masks cards in a callback name and topic', async () => {
    const name = `王 ${[...cards.zeroWidth].join('\u200b')}`;
    const topic = `卡号${fullWidth(cards.fullWidth)}扣款失败, backup ${cards.underscored.replace(/(\d{4})(?=\d)/g, '$1_')}`;
    const response = await t.http().post('/api/v1/callbacks').send({ phone: '+86 138 0013 8111', topic, name, locale: 'zh-CN' }).expect(201);
    const [row] = await db.query('SELECT name, topic FROM callback_requests WHERE id = $1', [response.body.id]);
    expect(row).toEqual({
      name: `王 ${masked(cards.zeroWidth)}`,
      topic: `卡号${masked(cards.fullWidth)}扣款失败, backup ${masked(cards.underscored)}`,
    });
  });

  it('masks a card in the file name of a chat attachment', async () => {
    const session = (await t.http().post('/api/v1/widget/sessions').send({ locale: 'en' }).expect(201)).body;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const fileName = `card ${cards.fileName.replace(/(\d{4})(?=\d)/g, '$1 ')}.png`;
    const uploaded = await t
      .http()
      .post(`/api/v1/chat/attachments?fileName=${encodeURIComponent(fileName)}`)
      .auth(session.visitorToken, { type: 'bearer' })
      .set('content-type', 'application/octet-stream')
      .send(png)
      .expect(201);
    expect(uploaded.body.fileName).toBe(`card ${masked(cards.fileName)}.png`);
  });

  it('leaves no card number anywhere in the database', async () => {
    const stored = digitsOf(await everything());
    for (const digits of Object.values(cards)) expect(stored).not.toContain(digits);
  });
});
