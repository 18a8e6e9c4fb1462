import { AgentRecord } from '@okpay/auth';
import { AgentView, CustomerView } from '@okpay/contracts';
import { CustomerRecord } from '@okpay/wallet-core';

export function toAgentView(agent: AgentRecord): AgentView {
  return { id: agent.id, email: agent.email, name: agent.name, role: agent.role, active: agent.active };
}

export function toCustomerView(customer: CustomerRecord): CustomerView {
  return { id: customer.id, email: customer.email, name: customer.name, locale: customer.locale, phone: customer.phone };
}
