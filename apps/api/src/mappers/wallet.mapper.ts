import { AccountView, KycSubmissionView, MerchantView, RefundView, ServiceIncidentView, WalletTransactionView } from '@okpay/contracts';
import { AccountRecord, MerchantRecord, RefundRequestRecord, WalletTransactionRecord, KycSubmissionRecord, ServiceIncidentRecord } from '@okpay/wallet-core';

/** Wallet entities as the public API shows them: money always as `{amount, currency}`. */
export function toAccountView(account: AccountRecord): AccountView {
  return { id: account.id, currency: account.currency, balance: { amount: account.balance, currency: account.currency } };
}

export function toMerchantView(merchant: MerchantRecord): MerchantView {
  return { id: merchant.id, name: merchant.name, status: merchant.status, category: merchant.category, country: merchant.country };
}

export function toTransactionView(t: WalletTransactionRecord): WalletTransactionView {
  return {
    id: t.id,
    reference: t.reference,
    type: t.type,
    status: t.status,
    amount: { amount: t.amount, currency: t.currency },
    fee: { amount: t.fee, currency: t.currency },
    ...(t.failureCode ? { failureCode: t.failureCode } : {}),
    ...(t.method ? { method: t.method } : {}),
    ...(t.cardMasked ? { cardMasked: t.cardMasked } : {}),
    ...(t.merchantId ? { merchantId: t.merchantId } : {}),
    ...(t.description ? { description: t.description } : {}),
    crossBorder: t.crossBorder,
    ...(t.receivedAmount !== null && t.receivedCurrency
      ? { received: { amount: t.receivedAmount, currency: t.receivedCurrency }, exchangeRate: t.exchangeRate }
      : {}),
    ...(t.originalTransactionId ? { originalTransactionId: t.originalTransactionId } : {}),
    createdAt: t.createdAt.toISOString(),
    ...(t.completedAt ? { completedAt: t.completedAt.toISOString() } : {}),
  };
}

export function toRefundView(r: RefundRequestRecord): RefundView {
  return {
    id: r.id,
    status: r.status,
    expectedBy: r.expectedBy.toISOString(),
    transactionId: r.paymentId,
    amount: { amount: r.amount, currency: r.currency },
    reason: r.reason,
    ...(r.rejectionReason ? { rejectionReason: r.rejectionReason } : {}),
    ...(r.refundTransactionId ? { refundTransactionId: r.refundTransactionId } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}

export function toKycSubmissionView(k: KycSubmissionRecord): KycSubmissionView {
  return {
    id: k.id,
    targetTier: k.targetTier,
    documentType: k.documentType,
    status: k.status,
    ...(k.rejectionReason ? { rejectionReason: k.rejectionReason } : {}),
    submittedAt: k.submittedAt.toISOString(),
    ...(k.decidedAt ? { decidedAt: k.decidedAt.toISOString() } : {}),
  };
}

export function toServiceIncidentView(i: ServiceIncidentRecord): ServiceIncidentView {
  return {
    id: i.id,
    kind: i.kind,
    affects: i.affects,
    title: { en: i.titleEn, 'zh-CN': i.titleZh },
    startsAt: i.startsAt.toISOString(),
    ...(i.endsAt ? { endsAt: i.endsAt.toISOString() } : {}),
  };
}
