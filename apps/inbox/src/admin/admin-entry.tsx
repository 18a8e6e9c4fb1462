import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api-client';
import type { AdminConsoleProps } from './admin-console';
import { adminEntryMessages } from './admin-entry-messages';
import type { AdminPageName } from './admin-messages';

/** The admin console, fetched on first use: it stays out of the inbox's first load. */
export function AdminEntry({ api, page, role }: { api: ApiClient; page: AdminPageName; role: AdminConsoleProps['role'] }) {
  const [Console, setConsole] = useState<ComponentType<AdminConsoleProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./admin-console').then((module) => setConsole(() => module.AdminConsole), () => setFailed(true));
  }, []);
  const m = adminEntryMessages();
  if (failed) return <p role="alert">{m.unavailable}</p>;
  return Console ? <Console api={api} page={page} role={role} /> : <p role="status">{m.loading}</p>;
}
