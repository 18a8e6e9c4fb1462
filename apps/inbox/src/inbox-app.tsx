import type { AgentLoginResponse } from '@okpay/contracts';
import { useMemo, useState } from 'preact/hooks';
import { AdminEntry } from './admin/admin-entry';
import { canAdminister, useAdminRoute } from './admin/admin-route';
import { ApiClient, ApiError, loadAgentSession, login, saveAgentSession } from './api-client';
import { ReportsPage } from './reports-page';
import { canSeeReports, useReportsRoute } from './reports-route';
import { Workspace } from './workspace';

/** Login, then the workspace (or, for admins and supervisors, the reports). The token lives in this tab only. */
export function InboxApp() {
  const [session, setSession] = useState<AgentLoginResponse | null>(loadAgentSession);
  const onReports = useReportsRoute();
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
  return <Workspace session={session} onSignOut={signOut} />;
}

function LoginForm({ onSignedIn }: { onSignedIn: (session: AgentLoginResponse) => void }) {
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
      setError(failure instanceof ApiError && failure.status === 401 ? 'Wrong email or password.' : 'Could not sign in. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <form class="login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <h1 id="login-title">OKPay Support inbox</h1>
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
