import { ManualClock } from '@okpay/shared';
import { CustomerWalletOverview, CustomerWalletOverviewService, SpendingLimits } from '@okpay/wallet-core';
import { AccountAnswers } from './account-answers.service';
import { CustomerTurn } from './customer-turn';

/** A wallet whose latest payment went to `merchant`. */
function walletPaying(merchant: string): CustomerWalletOverview {
  const payment = { id: `tx-${merchant}`, type: 'payment', status: 'completed', merchantId: merchant, counterpartyCustomerId: null, createdAt: new Date('2026-12-01T02:00:00Z') };
  return {
    pendingTransactions: [],
    recentTransactions: [payment],
    latestFailure: null,
    merchants: [{ id: merchant, name: merchant, category: 'shopping' }],
    counterparties: [],
  } as unknown as CustomerWalletOverview;
}

describe('AccountAnswers.nameWords', () => {
  const clock = new ManualClock(new Date('2026-12-04T02:00:00Z'));
  const answers = new AccountAnswers({} as CustomerWalletOverviewService, {} as SpendingLimits, clock);
  let wallet = walletPaying('Cinemax');
  let reads = 0;
  const turn = (customerId = 'c1') =>
    new CustomerTurn(customerId, async () => {
      reads++;
      return wallet;
    });

  it('reuses a customer’s name words for the next turns within 30 s, reading no wallet for them', async () => {
    expect(await answers.nameWords(turn())).toEqual(['cinemax']);
    wallet = walletPaying('Bookworm');
    clock.advance(29_000);
    expect(await answers.nameWords(turn())).toEqual(['cinemax']);
    expect(reads).toBe(1);
  });

  it('reads the wallet again after that, and keeps each customer’s words apart', async () => {
    clock.advance(2_000);
    expect(await answers.nameWords(turn())).toEqual(['bookworm']);
    expect(await answers.nameWords(turn('c2'))).toEqual(['bookworm']);
    expect(reads).toBe(3);
  });
});
