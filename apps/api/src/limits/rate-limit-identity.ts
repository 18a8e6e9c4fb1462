import { Principal } from '@okpay/auth';

/** The key one person's budget is kept under, whichever token or socket they come with. */
export function rateLimitIdentity(principal: Pick<Principal, 'kind' | 'id'>): string {
  return `${principal.kind}:${principal.id}`;
}
