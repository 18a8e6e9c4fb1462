import { AgentEntity } from '@okpay/auth';
import { AgentView, CustomerView } from '@okpay/contracts';
import { CustomerEntity } from '@okpay/wallet-core';

export function toAgentView(agent: AgentEntity): AgentView {
  return { id: agent.id, email: agent.email, name: agent.name, role: agent.role };
}

export function toCustomerView(customer: CustomerEntity): CustomerView {
  return { id: customer.id, email: customer.email, name: customer.name, locale: customer.locale, phone: customer.phone };
}
