import type { AgentRole } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';

export const REPORTS_HASH = '#reports';

/** Reports are for admins and supervisors (the API refuses agents). */
export function canSeeReports(role: AgentRole): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Whether the address points at the reports page; follows the back and forward buttons. */
export function useReportsRoute(): boolean {
  const [onReports, setOnReports] = useState(() => location.hash === REPORTS_HASH);
  useEffect(() => {
    const follow = () => setOnReports(location.hash === REPORTS_HASH);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return onReports;
}
