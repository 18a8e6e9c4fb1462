import { NewAgent } from '@okpay/auth';
import { RegisterCustomerCommand } from '@okpay/auth';

/** The demo logins of the public contract; README lists them. */
export const DEMO_AGENTS: readonly NewAgent[] = [
  { email: 'admin@okpay.test', password: 'admin-demo-password', name: 'Demo Admin', role: 'admin' },
  { email: 'agent@okpay.test', password: 'agent-demo-password', name: 'Demo Agent', role: 'agent' },
];

export const DEMO_CUSTOMERS: readonly RegisterCustomerCommand[] = [
  {
    email: 'customer@okpay.test',
    password: 'customer-demo-password',
    name: '陈小明',
    locale: 'zh-CN',
    phone: '+8613800138000',
  },
];
