import type { AgentLoginResponse, Locale } from '@okpay/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AdminEntry } from './admin/admin-entry';
import { canAdminister, useAdminRoute } from './admin/admin-route';
import { ApiClient, ApiError, loadAgentSession, login, saveAgentSession } from './api-client';
import { browserLocale, saveLocaleChoice } from './browser-locale';
import { inboxMessages } from './inbox-messages';
import { ReportsPage } from './reports-page';
import { canSeeReports, useReportsRoute } from './reports-route';
import { Workspace } from './workspace';

/** Login, then the workspace (or, for admins and supervisors, the reports). The token lives in this tab only. */
export function InboxApp() {
  const [session, setSession] = useState<AgentLoginResponse | null>(loadAgentSession);
  // Every catalog reads the chosen language when it renders: changing it re-renders the whole inbox.
  const [locale, setLocale] = useState<Locale>(() => browserLocale());
  const onReports = useReportsRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const chooseLocale = (next: Locale) => {
    saveLocaleChoice(next);
    setLocale(next);
  };
  const adminPage = useAdminRoute();
  const signOut = () => {
    saveAgentSession(null);
    setSession(null);
  };
  const reportsApi = useMemo(() => (session ? new ApiClient(session.token, signOut) : null), [session?.token]);
  if (!session) {
    return (
      <LoginForm
        onSignedIn={(s) => {
          saveAgentSession(s);
          setSession(s);
        }}
      />
    );
  }
  if (onReports && reportsApi && canSeeReports(session.agent.role)) return <ReportsPage api={reportsApi} />;
  if (adminPage && reportsApi && canAdminister(session.agent.role)) return <AdminEntry api={reportsApi} page={adminPage} role={session.agent.role} />;
  return <Workspace session={session} locale={locale} onChooseLocale={chooseLocale} onSignOut={signOut} />;
}

function LoginForm({ onSignedIn }: { onSignedIn: (session: AgentLoginResponse) => void }) {
  const text = inboxMessages().login;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login(String(data.get('email')), String(data.get('password'))));
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? text.wrongPassword : text.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <form class="login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <h1 id="login-title">{text.title}</h1>
        <label>
          {text.email}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          {text.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>
          {text.signIn}
        </button>
      </form>
    </main>
  );
}
