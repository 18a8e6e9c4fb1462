import { signWidgetIdentity } from '@okpay/auth';
import { DataSource } from 'typeorm';
import { ChatMessage } from '@okpay/contracts';
import { connect, listen, visitorSession } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TEST_WIDGET_IDENTITY_SECRET, TestApp } from './support/test-app';
import { registerCustomer } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai; the demo data is seeded at this instant

describe('the widget’s "anything open" line', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(WEDNESDAY_10_00));

  /** A widget token for the customer, as the host page's signed identity gets one. */
  const widgetToken = async (customerId: string) => {
    const identity = signWidgetIdentity(TEST_WIDGET_IDENTITY_SECRET, customerId, new Date(t.clock.now().getTime() + 5 * 60_000));
    return (await t.http().post('/api/v1/widget/identities').send({ identity }).expect(201)).body.token as string;
  };
  const openItem = async (token: string) => (await t.http().get('/api/v1/widget/open-item').auth(token, { type: 'bearer' }).expect(200)).body;
  const demoCustomer = async () => {
    const [row] = await db.query(`SELECT id FROM customers WHERE email = 'customer@okpay.test'`);
    return row.id as string;
  };

  it('names a payment that failed today, and the question it sends gets the customer’s own facts', async () => {
    const customerId = await demoCustomer();
    const [failed] = await db.query(`SELECT amount::int AS amount, currency FROM wallet_transactions WHERE customer_id = $1 AND status = 'failed' AND type = 'payment'`, [customerId]);
    const token = await widgetToken(customerId);
    expect(await openItem(token)).toEqual({ item: 'failed_payment', amount: { amount: failed.amount, currency: failed.currency } });

    // The widget's tap sends its catalog's question; the bot answers it from this customer's account.
    const widget = await connect(await listen(t), '/widget', { token });
    try {
      await widget.send('我的付款为什么失败了？');
      const answer = await widget.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
      expect(answer.text).toContain(`¥${(failed.amount / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`);
    } finally {
      widget.close();
    }
  });

  it('the next day names the refund under way instead', async () => {
    const customerId = await demoCustomer();
    t.clock.advance(24 * 3600_000);
    const [refund] = await db.query(`SELECT amount::int AS amount, currency FROM refund_requests WHERE customer_id = $1 AND status IN ('requested', 'approved')`, [customerId]);
    expect(await openItem(await widgetToken(customerId))).toEqual({ item: 'pending_refund', amount: { amount: refund.amount, currency: refund.currency } });
  });

  it('has nothing to name for a customer with nothing open, and nothing at all for a visitor', async () => {
    const customer = await registerCustomer(t, 'en');
    expect(await openItem(await widgetToken(customer.id))).toEqual({ item: 'none' });
    const visitor = await visitorSession(t);
    expectProblem(await t.http().get('/api/v1/widget/open-item').auth(visitor.visitorToken, { type: 'bearer' }), 403, 'forbidden');
  });
});
