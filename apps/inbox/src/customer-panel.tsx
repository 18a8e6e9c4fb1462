import type { CustomerWalletPanelView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { formatMoney, formatTime } from './format';
import { inboxMessages } from './inbox-messages';

/** Wallet summary for the agent: balances, KYC tier, recent transactions with failure reasons, open refunds. Cards arrive masked. */
export function CustomerPanel({ customerId, api }: { customerId: string; api: ApiClient }) {
  const text = inboxMessages().panel;
  const [panel, setPanel] = useState<CustomerWalletPanelView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api.call('GET /admin/customers/:id/wallet', { params: { id: customerId } }).then(setPanel, () => setFailed(true));
  }, [customerId, api]);

  if (failed) return <p class="empty">{text.loadFailed}</p>;
  if (!panel) return <p class="empty">{text.loading}</p>;
  const openRefunds = panel.refunds.filter((r) => r.status !== 'completed' && r.status !== 'rejected');
  return (
    <div class="panel" data-testid="customer-panel">
      <h2>{panel.customer.name}</h2>
      <dl>
        <dt>{text.email}</dt>
        <dd>{panel.customer.email}</dd>
        <dt>{text.phone}</dt>
        <dd>{panel.customer.phone ?? '—'}</dd>
        <dt>{text.kycTier}</dt>
        <dd data-testid="kyc-tier">{text.kycTiers[panel.customer.kycTier] ?? panel.customer.kycTier}</dd>
        <dt>{text.language}</dt>
        <dd>{panel.customer.locale}</dd>
        {panel.customer.security.frozen && (
          <>
            <dt>{text.account}</dt>
            <dd class="warning">{text.frozen(panel.customer.security.frozenReason ?? null)}</dd>
          </>
        )}
      </dl>
      <h3>{text.balances}</h3>
      <ul class="plain">
        {panel.balances.map((account) => (
          <li key={account.id}>{formatMoney(account.balance)}</li>
        ))}
      </ul>
      <h3>{text.recentTransactions}</h3>
      <ul class="plain transactions">
        {panel.recentTransactions.map((t) => (
          <li key={t.id} class={`tx ${t.status}`}>
            <span>
              {text.transactionTypes[t.type] ?? t.type} · {formatMoney(t.amount)} · {text.transactionStatuses[t.status] ?? t.status}
            </span>
            {t.failureCode && <span class="failure">{text.failureReasons[t.failureCode] ?? t.failureCode}</span>}
            {t.cardMasked && <span class="card">{text.card(t.cardMasked)}</span>}
            <small>
              {t.reference} · {formatTime(t.createdAt)}
            </small>
          </li>
        ))}
      </ul>
      <h3>{text.openRefunds}</h3>
      {openRefunds.length === 0 ? (
        <p class="muted">{text.none}</p>
      ) : (
        <ul class="plain">
          {openRefunds.map((r) => (
            <li key={r.id}>
              {text.refundLine(formatMoney(r.amount), r.status, formatTime(r.expectedBy))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
