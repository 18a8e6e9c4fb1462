import type { AgentRole } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { AdminPageName } from './admin-messages';

export const ADMIN_HASH = '#admin';
const PAGES: readonly AdminPageName[] = ['calendars', 'queues', 'agents', 'replies', 'sla', 'articles', 'audit'];

/** The admin console is for admins and supervisors (the API refuses agents). */
export function canAdminister(role: AgentRole): boolean {
  return role === 'admin' || role === 'supervisor';
}

function pageOf(hash: string): AdminPageName | null {
  if (hash !== ADMIN_HASH && !hash.startsWith(`${ADMIN_HASH}/`)) return null;
  const page = hash.slice(ADMIN_HASH.length + 1) as AdminPageName;
  return PAGES.includes(page) ? page : 'calendars';
}

/** The admin page the address points at (`#admin/<page>`), or null; follows the back and forward buttons. */
export function useAdminRoute(): AdminPageName | null {
  const [page, setPage] = useState(() => pageOf(location.hash));
  useEffect(() => {
    const follow = () => setPage(pageOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return page;
}

export const adminPageHash = (page: AdminPageName) => `${ADMIN_HASH}/${page}`;
export const ADMIN_PAGES = PAGES;
