/** REST answers the widget and the inbox read (shapes of the api's response mappers). */
import { Locale } from './locale';

export interface MoneyView {
  amount: number;
  currency: string;
}

/** `GET /business-hours/status` */
export interface BusinessHoursView {
  open: boolean;
  timeZone: string;
  opensAt?: string;
  closesAt?: string;
}

/** `GET /callbacks?due=true` */
export interface CallbackWorkItemView {
  id: string;
  status: string;
  scheduledFor: string;
  timeZone: string;
  topic: string;
  locale: Locale;
  phone: string;
  name: string | null;
  customerId: string | null;
  priority: number;
  attempts: number;
  lastOutcome: string | null;
  arrivedAt: string;
}

export interface RoutingProfileView {
  agentId: string;
  presence: string;
  chatCapacity: number;
  ticketCapacity: number;
  activeChats: number;
  languages: string[];
  topics: string[];
}

export interface TicketSummaryView {
  id: string;
  number: number;
  reference: string;
  subject: string;
  status: string;
  priority: string;
  category: string | null;
  tags: string[];
  channel: string;
  group: string | null;
  assigneeId: string | null;
  customerId: string | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TicketMessageView {
  id: string;
  ticketId: string;
  author: { type: string; id: string | null };
  body: string;
  internal: boolean;
  createdAt: string;
}

export interface SlaClockView {
  dueAt: string | null;
  state: string;
}

export interface TicketDetailView extends TicketSummaryView {
  sla: { firstResponse: SlaClockView; resolution: SlaClockView; paused: boolean };
  messages: TicketMessageView[];
}

export interface CannedResponseView {
  id: string;
  name: string;
  locale: Locale;
  body: string;
}

export interface WalletTransactionView {
  id: string;
  reference: string;
  type: string;
  status: 'succeeded' | 'pending' | 'failed' | string;
  amount: MoneyView;
  fee: MoneyView;
  failureCode?: string;
  method?: string;
  cardMasked?: string;
  description?: string;
  createdAt: string;
}

export interface RefundView {
  id: string;
  status: string;
  expectedBy: string;
  transactionId: string;
  amount: MoneyView;
  reason: string;
  createdAt: string;
}

/** `GET /admin/customers/:id/wallet`: the inbox's customer panel. */
export interface CustomerWalletPanelView {
  customer: {
    id: string;
    name: string;
    email: string;
    phone: string | null;
    locale: Locale;
    kycTier: number | string;
    security: { twoFactorEnabled: boolean; frozen: boolean; frozenReason?: string; failedLoginCount: number; lockedUntil: string | null };
  };
  balances: { id: string; currency: string; balance: MoneyView }[];
  recentTransactions: WalletTransactionView[];
  pendingTransactions: WalletTransactionView[];
  refunds: RefundView[];
  latestKycSubmission: { id: string; targetTier: number | string; status: string; submittedAt: string } | null;
}

/** Ticket states and priorities an agent can pick in the inbox (`new` is set by the system only). */
export const AGENT_TICKET_STATUSES = ['open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TICKET_PRIORITY_NAMES = ['low', 'normal', 'high', 'urgent'] as const;
