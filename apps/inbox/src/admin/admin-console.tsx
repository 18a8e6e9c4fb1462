import type { AgentRole } from '@okpay/contracts';
import { useMemo } from 'preact/hooks';
import type { ApiClient } from '../api-client';
import './admin.css';
import { AgentsPage } from './agents-page';
import { ArticlesPage } from './articles-page';
import { AuditPage } from './audit-page';
import { CalendarsPage } from './calendars-page';
import type { AdminPageProps } from './admin-data';
import { adminMessages, AdminPageName } from './admin-messages';
import { ADMIN_PAGES, adminPageHash } from './admin-route';
import { QueuesPage } from './queues-page';
import { RepliesPage } from './replies-page';
import { SlaPage } from './sla-page';

export interface AdminConsoleProps {
  readonly api: ApiClient;
  readonly page: AdminPageName;
  readonly role: AgentRole;
}

const PAGE_COMPONENTS: Readonly<Record<AdminPageName, (props: AdminPageProps) => preact.JSX.Element>> = {
  calendars: CalendarsPage,
  queues: QueuesPage,
  agents: AgentsPage,
  replies: RepliesPage,
  sla: SlaPage,
  articles: ArticlesPage,
  audit: AuditPage,
};

/** Hours, queues, agents, replies, SLA targets and articles, for admins and supervisors. */
export function AdminConsole({ api, page, role }: AdminConsoleProps) {
  const m = useMemo(() => adminMessages(), []);
  const Page = PAGE_COMPONENTS[page];
  return (
    <div class="admin" lang={m.locale}>
      <header class="topbar">
        <h1>{m.title}</h1>
        <a href="#">{m.backToInbox}</a>
      </header>
      <div class="admin-body">
        <nav class="admin-nav" aria-label={m.title}>
          <ul>
            {ADMIN_PAGES.map((name) => (
              <li key={name}>
                <a href={adminPageHash(name)} aria-current={name === page ? 'page' : undefined}>
                  {m.pages[name]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="admin-page" aria-labelledby="admin-page-title">
          <h2 id="admin-page-title">{m.pages[page]}</h2>
          <Page api={api} m={m} role={role} />
        </main>
      </div>
    </div>
  );
}
