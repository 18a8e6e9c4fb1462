import { RegisterCustomerUseCase } from '@okpay/auth';
import { Currency, DomainError } from '@okpay/shared';
import {
  AdjustWalletUseCase,
  CancelPendingTransactionUseCase,
  CustomerDirectory,
  LedgerReconciliation,
  MakePaymentUseCase,
  MerchantDirectory,
  RequestRefundUseCase,
  ReviewRefundUseCase,
  SendTransferUseCase,
  SettleBankTransferUseCase,
  SettleCrossBorderTransferUseCase,
  TopUpUseCase,
} from '@okpay/wallet-core';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Property: whatever customers and the back office do, in whatever order and overlap, the
 * ledger balances per currency and per transaction, stored wallet balances equal their entries,
 * and no wallet goes below zero.
 */
describe('ledger invariant', () => {
  jest.setTimeout(180_000);
  let t: TestApp;
  let customers: string[];
  let merchants: string[];
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
    const register = t.app.get(RegisterCustomerUseCase);
    customers = [];
    for (const name of ['a', 'b', 'c']) {
      const { customer } = await register.execute({ email: `${name}@ledger.test`, password: 'property-test', name, locale: 'en' });
      await t.app.get(CustomerDirectory).setKycTier(customer.id, 'full');
      customers.push(customer.id);
    }
    merchants = (await t.app.get(MerchantDirectory).list()).map((m) => m.id);
    [{ id: adminId }] = await t.app.get(DataSource).query(`SELECT id FROM agents WHERE role = 'admin' LIMIT 1`);
  });
  afterAll(() => t.close());

  const currency = fc.constantFrom<Currency>('CNY', 'USD', 'HKD', 'EUR');
  const who = fc.integer({ min: 0, max: 2 });
  const amount = fc.integer({ min: 1, max: 300_000 });

  type Op = (ctx: { pending: string[]; payments: string[]; refunds: string[] }) => Promise<unknown>;
  const ops: fc.Arbitrary<Op>[] = [
    fc.record({ c: who, a: amount, cur: currency }).map(({ c, a, cur }) => () =>
      t.app.get(TopUpUseCase).execute({ customerId: customers[c], amount: { amount: a, currency: cur }, method: 'card' })),
    fc.record({ c: who, a: amount }).map(({ c, a }) => async (ctx) => {
      const topUp = await t.app.get(TopUpUseCase).execute({ customerId: customers[c], amount: { amount: a, currency: 'CNY' }, method: 'bank_transfer' });
      ctx.pending.push(topUp.id);
    }),
    fc.record({ c: who, m: fc.nat(), a: amount, cur: currency }).map(({ c, m, a, cur }) => async (ctx) => {
      const payment = await t.app.get(MakePaymentUseCase).execute({ customerId: customers[c], merchantId: merchants[m % merchants.length], amount: { amount: a, currency: cur } });
      if (payment.status === 'succeeded') ctx.payments.push(payment.id);
    }),
    // Funded first and never to oneself, so transfers really move money in most runs.
    fc.record({ from: who, offset: fc.integer({ min: 1, max: 2 }), a: amount, cur: currency, toCur: currency, abroad: fc.boolean() }).map(
      ({ from, offset, a, cur, toCur, abroad }) => async (ctx) => {
        await t.app.get(TopUpUseCase).execute({ customerId: customers[from], amount: { amount: a + Math.ceil(a / 50) + 2_000, currency: cur }, method: 'card' });
        const transfer = await t.app.get(SendTransferUseCase).execute({
          customerId: customers[from],
          recipientEmail: `${'abc'[(from + offset) % 3]}@ledger.test`,
          amount: { amount: a, currency: cur },
          toCurrency: toCur,
          crossBorder: abroad,
        });
        if (transfer.status === 'pending') ctx.pending.push(transfer.id);
      },
    ),
    fc.record({ i: fc.nat(), outcome: fc.constantFrom('settle', 'reject', 'cancel') }).map(({ i, outcome }) => async (ctx) => {
      const id = ctx.pending[i % Math.max(ctx.pending.length, 1)];
      if (!id) return;
      const [row] = await t.app.get(DataSource).query(`SELECT customer_id, type FROM wallet_transactions WHERE id = $1`, [id]);
      if (outcome === 'cancel') return t.app.get(CancelPendingTransactionUseCase).execute(row.customer_id, id);
      if (row.type === 'transfer') return t.app.get(SettleCrossBorderTransferUseCase).execute(id);
      return t.app.get(SettleBankTransferUseCase).execute(id, outcome === 'settle' ? 'succeeded' : 'bank_rejected');
    }),
    fc.record({ i: fc.nat(), part: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }) }).map(({ i, part }) => async (ctx) => {
      const id = ctx.payments[i % Math.max(ctx.payments.length, 1)];
      if (!id) return;
      const [row] = await t.app.get(DataSource).query(`SELECT customer_id FROM wallet_transactions WHERE id = $1`, [id]);
      const refund = await t.app.get(RequestRefundUseCase).execute({ customerId: row.customer_id, transactionId: id, reason: 'property', amount: part });
      ctx.refunds.push(refund.id);
    }),
    fc.record({ i: fc.nat(), approve: fc.boolean() }).map(({ i, approve }) => async (ctx) => {
      const id = ctx.refunds[i % Math.max(ctx.refunds.length, 1)];
      if (!id) return;
      return t.app.get(ReviewRefundUseCase).execute(adminId, id, approve ? { approve: true } : { approve: false, reason: 'property' });
    }),
    // The whole refund path in one step, so approvals happen often enough to matter.
    fc.record({ c: who, m: fc.nat(), a: fc.integer({ min: 100, max: 50_000 }), part: fc.integer({ min: 1, max: 100 }) }).map(({ c, m, a, part }) => async () => {
      await t.app.get(TopUpUseCase).execute({ customerId: customers[c], amount: { amount: a, currency: 'CNY' }, method: 'card' });
      const payment = await t.app.get(MakePaymentUseCase).execute({ customerId: customers[c], merchantId: merchants[m % merchants.length], amount: { amount: a, currency: 'CNY' } });
      if (payment.status !== 'succeeded') return;
      const refund = await t.app.get(RequestRefundUseCase).execute({ customerId: customers[c], transactionId: payment.id, reason: 'property', amount: Math.max(1, Math.floor((a * part) / 100)) });
      await t.app.get(ReviewRefundUseCase).execute(adminId, refund.id, { approve: true });
    }),
    fc.record({ c: who, a: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0), cur: currency }).map(({ c, a, cur }) => () =>
      t.app.get(AdjustWalletUseCase).execute({ actorAgentId: adminId, customerId: customers[c], amount: a, currency: cur, reason: 'property' })),
  ];

  it('holds after any mix of operations, run four at a time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...ops), { minLength: 5, maxLength: 40 }), async (sequence) => {
        const ctx = { pending: [] as string[], payments: [] as string[], refunds: [] as string[] };
        for (let i = 0; i < sequence.length; i += 4) {
          await Promise.all(
            sequence.slice(i, i + 4).map((op) =>
              op(ctx).catch((error: unknown) => {
                // Refusals are part of the game (refund too large, not pending, below the fee…); crashes are not.
                if (!(error instanceof DomainError)) throw error;
              }),
            ),
          );
        }
        const report = await t.app.get(LedgerReconciliation).run();
        expect(report).toMatchObject({ balanced: true, unbalancedTransactions: [], walletMismatches: [] });
        const [{ negative }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS negative FROM accounts WHERE kind = 'customer' AND balance < 0`);
        expect(negative).toBe(0);
      }),
      { numRuns: 15 },
    );
    // Not vacuous: plenty of money really moved, through every kind of transaction.
    const kinds: { type: string; n: number }[] = await t.app.get(DataSource).query(
      `SELECT type, count(*)::int AS n FROM wallet_transactions WHERE status = 'succeeded' GROUP BY type`,
    );
    expect(kinds.map((k) => k.type).sort()).toEqual(['adjustment', 'payment', 'refund', 'topup', 'transfer']);
    expect(kinds.reduce((sum, k) => sum + k.n, 0)).toBeGreaterThan(50);
  });
});
