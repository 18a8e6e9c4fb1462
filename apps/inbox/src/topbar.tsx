import type { AgentLoginResponse, FrontEndRestCalls, Locale, RoutingProfileView } from '@okpay/contracts';
import type { RealtimeState } from './agent-realtime';
import { inboxMessages, LANGUAGE_CHOICES } from './inbox-messages';
import { reportsMessages } from './reports-messages';
import { canSeeReports, REPORTS_HASH } from './reports-route';
import { adminEntryMessages } from './admin/admin-entry-messages';
import { ADMIN_HASH, canAdminister } from './admin/admin-route';

type Presence = FrontEndRestCalls['PUT /agents/me/presence']['body']['presence'];

interface ShellLink {
  readonly href: string;
  readonly label: () => string;
  readonly visibleTo: (role: AgentLoginResponse['agent']['role']) => boolean;
}

/** The pages beside the workspace; each entry shows only to the roles it names. */
const SHELL_LINKS: readonly ShellLink[] = [
  { href: REPORTS_HASH, label: () => reportsMessages().reports, visibleTo: canSeeReports },
  { href: ADMIN_HASH, label: () => adminEntryMessages().admin, visibleTo: canAdminister },
];

/**
 * One status, never two that disagree: "Live" only when the socket is up and the agent is
 * online; connected but away or offline says the agent takes no chats; a dropped socket says so.
 */
function connectionStatus(live: RealtimeState | null, presence: string | undefined): { text: string; tone: 'up' | 'idle' | 'down' } {
  const text = inboxMessages().connection;
  if (!live?.connected) return { text: text.lost, tone: 'down' };
  return presence === 'online' ? { text: text.live, tone: 'up' } : { text: text.notTakingChats, tone: 'idle' };
}

interface Props {
  session: AgentLoginResponse;
  live: RealtimeState | null;
  presence: RoutingProfileView['presence'] | undefined;
  locale: Locale;
  onPresence: (presence: Presence) => void;
  onChooseLocale: (locale: Locale) => void;
  onSignOut: () => void;
}

/** The bar above the workspace: connection and presence, links to other pages, language, the agent. */
export function Topbar({ session, live, presence, locale, onPresence, onChooseLocale, onSignOut }: Props) {
  const text = inboxMessages();
  const status = connectionStatus(live, presence);
  return (
    <header class="topbar">
      <h1>{text.appName}</h1>
      <span class={`connection ${status.tone}`} role="status">
        {status.text}
      </span>
      <label class="presence">
        {text.presenceLabel}
        <select aria-label={text.presenceName} value={presence ?? ''} onChange={(event) => onPresence((event.target as HTMLSelectElement).value as Presence)}>
          {presence === undefined && <option value="">…</option>}
          {(['online', 'away', 'offline'] as const).map((name) => (
            <option key={name} value={name}>
              {text.presence[name]}
            </option>
          ))}
        </select>
      </label>
      <nav aria-label={text.appName} class="shell-links">
        {SHELL_LINKS.filter((link) => link.visibleTo(session.agent.role)).map((link) => (
          <a key={link.href} href={link.href}>
            {link.label()}
          </a>
        ))}
      </nav>
      <label class="presence">
        {text.language}
        <select value={locale} onChange={(event) => onChooseLocale((event.target as HTMLSelectElement).value as Locale)}>
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice.locale} value={choice.locale} lang={choice.locale}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
      <span class="agent-name">{session.agent.name}</span>
      <button type="button" onClick={onSignOut}>
        {text.signOut}
      </button>
    </header>
  );
}
