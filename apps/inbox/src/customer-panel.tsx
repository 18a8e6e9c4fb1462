import type { CustomerWalletPanelView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { FAILURE_REASONS, formatMoney, formatTime } from './format';

/** Wallet summary for the agent: balances, KYC tier, recent transactions with failure reasons, open refunds. Cards arrive masked. */
export function CustomerPanel({ customerId, api }: { customerId: string; api: ApiClient }) {
  const [panel, setPanel] = useState<CustomerWalletPanelView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api.call('GET /admin/customers/:id/wallet', { params: { id: customerId } }).then(setPanel, () => setFailed(true));
  }, [customerId, api]);

  if (failed) return <p class="empty">Could not load the customer.</p>;
  if (!panel) return <p class="empty">Loading customer…</p>;
  const openRefunds = panel.refunds.filter((r) => r.status !== 'completed' && r.status !== 'rejected');
  return (
    <div class="panel" data-testid="customer-panel">
      <h2>{panel.customer.name}</h2>
      <dl>
        <dt>Email</dt>
        <dd>{panel.customer.email}</dd>
        <dt>Phone</dt>
        <dd>{panel.customer.phone ?? '—'}</dd>
        <dt>KYC tier</dt>
        <dd data-testid="kyc-tier">{String(panel.customer.kycTier)}</dd>
        <dt>Language</dt>
        <dd>{panel.customer.locale}</dd>
        {panel.customer.security.frozen && (
          <>
            <dt>Account</dt>
            <dd class="warning">Frozen{panel.customer.security.frozenReason ? `: ${panel.customer.security.frozenReason}` : ''}</dd>
          </>
        )}
      </dl>
      <h3>Balances</h3>
      <ul class="plain">
        {panel.balances.map((account) => (
          <li key={account.id}>{formatMoney(account.balance)}</li>
        ))}
      </ul>
      <h3>Recent transactions</h3>
      <ul class="plain transactions">
        {panel.recentTransactions.map((t) => (
          <li key={t.id} class={`tx ${t.status}`}>
            <span>
              {t.type} · {formatMoney(t.amount)} · {t.status}
            </span>
            {t.failureCode && <span class="failure">{FAILURE_REASONS[t.failureCode] ?? t.failureCode}</span>}
            {t.cardMasked && <span class="card">Card {t.cardMasked}</span>}
            <small>
              {t.reference} · {formatTime(t.createdAt)}
            </small>
          </li>
        ))}
      </ul>
      <h3>Open refunds</h3>
      {openRefunds.length === 0 ? (
        <p class="muted">None</p>
      ) : (
        <ul class="plain">
          {openRefunds.map((r) => (
            <li key={r.id}>
              {formatMoney(r.amount)} · {r.status} · expected by {formatTime(r.expectedBy)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
