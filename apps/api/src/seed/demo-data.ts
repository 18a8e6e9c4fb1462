import { NewAgent, RegisterCustomerCommand } from '@okpay/auth';
import { KycTier, NewMerchant } from '@okpay/wallet-core';

/** The demo logins of the public contract; README lists them. */
export const DEMO_AGENTS: readonly NewAgent[] = [
  { email: 'admin@okpay.test', password: 'admin-demo-password', name: 'Demo Admin', role: 'admin' },
  { email: 'agent@okpay.test', password: 'agent-demo-password', name: 'Demo Agent', role: 'agent' },
];

export const DEMO_MERCHANTS = {
  coffee: { name: '蓝港咖啡 Blue Harbor Coffee', category: 'food_and_drink', country: 'CN', status: 'active' },
  grocery: { name: '翡翠超市 Jade Mart', category: 'groceries', country: 'CN', status: 'active' },
  electronics: { name: '数码港电子 Digital Harbor Electronics', category: 'electronics', country: 'CN', status: 'active' },
  travel: { name: 'Sakura Travel 樱花旅行', category: 'travel', country: 'JP', status: 'active' },
  cinema: { name: '老城影院 Old Town Cinema', category: 'entertainment', country: 'CN', status: 'unavailable' },
} as const satisfies Record<string, NewMerchant>;

export interface DemoCustomer extends RegisterCustomerCommand {
  readonly tier: KycTier;
}

const password = 'customer-demo-password';

/** Demo customers; each history is built through the real use cases in `DemoSeed`. */
export const DEMO_CUSTOMERS = {
  /** The contract's customer: a top-up, a failed payment, a pending bank transfer, a refund in progress. */
  chen: { email: 'customer@okpay.test', password, name: '陈小明', locale: 'zh-CN', phone: '+8613800138000', tier: 'basic' },
  /** English-speaking and unverified: a declined card, a payment over the tier limit, a verification under review. */
  lily: { email: 'lily@okpay.test', password, name: 'Lily Walker', locale: 'en', phone: '+447700900123', tier: 'unverified' },
  /** Fully verified: a large payment held for risk review and a cross-border transfer on its way. */
  zhang: { email: 'zhang.min@okpay.test', password, name: '张敏', locale: 'zh-CN', phone: '+8613900139000', tier: 'full' },
  /** A frozen wallet: payments refused as account_frozen. */
  wang: { email: 'wang.wei@okpay.test', password, name: '王伟', locale: 'zh-CN', phone: '+8613700137000', tier: 'basic' },
} as const satisfies Record<string, DemoCustomer>;
