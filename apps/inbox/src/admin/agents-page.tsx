import { AGENT_ROLES, type AgentRole, type AgentView, type Locale } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import { type AdminPageProps, useAdminData, useSaveStatus } from './admin-data';

/** Agents: invite (admins), role (admins), deactivate (supervisors: agents only), and routing. */
export function AgentsPage({ api, m, role }: AdminPageProps) {
  const agents = useAdminData(() => api.call('GET /agents', {}));
  const [routingOf, setRoutingOf] = useState<AgentView | null>(null);
  const save = useSaveStatus(m);
  if (agents.error) return <p role="alert">{agents.error}</p>;
  if (!agents.data) return <p role="status">{m.loading}</p>;
  const isAdmin = role === 'admin';

  const changeRole = async (agent: AgentView, next: AgentRole) => {
    if (await save.run(() => api.call('PATCH /admin/agents/:id', { params: { id: agent.id }, body: { role: next } }))) agents.reload();
  };
  const deactivate = async (agent: AgentView) => {
    if (!confirm(m.confirmDeactivate(agent.name))) return;
    if (await save.run(() => api.call('POST /admin/agents/:id/deactivation', { params: { id: agent.id } }))) agents.reload();
  };
  const invite = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const body = { email: String(data.get('email')), name: String(data.get('name')), role: String(data.get('role')) as AgentRole, password: String(data.get('password')) };
    if (await save.run(() => api.call('POST /agents', { body }))) {
      form.reset();
      agents.reload();
    }
  };

  return (
    <>
      {save.view}
      <table>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.email}</th>
            <th scope="col">{m.role}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">
              <span class="visually-hidden">{m.edit}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {agents.data.map((agent) => (
            <tr key={agent.id} data-agent={agent.email}>
              <th scope="row">{agent.name}</th>
              <td>{agent.email}</td>
              <td>
                {isAdmin && agent.active ? (
                  <select aria-label={`${agent.name}: ${m.role}`} value={agent.role} onChange={(event) => void changeRole(agent, (event.target as HTMLSelectElement).value as AgentRole)}>
                    {AGENT_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {m.roles[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.roles[agent.role]
                )}
              </td>
              <td>{agent.active ? m.active : m.deactivated}</td>
              <td class="admin-row">
                {agent.active && (
                  <button type="button" onClick={() => setRoutingOf(agent)}>
                    {m.routing}
                  </button>
                )}
                {agent.active && (isAdmin || agent.role === 'agent') && (
                  <button type="button" onClick={() => void deactivate(agent)}>
                    {m.deactivate}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {routingOf && <RoutingForm key={routingOf.id} agent={routingOf} api={api} m={m} role={role} onDone={() => setRoutingOf(null)} />}
      {isAdmin && (
        <form onSubmit={(event) => void invite(event)} aria-labelledby="invite-title">
          <h3 id="invite-title">{m.invite}</h3>
          <div class="admin-row">
            <label>
              {m.name}
              <input name="name" required maxLength={100} />
            </label>
            <label>
              {m.email}
              <input name="email" type="email" required />
            </label>
            <label>
              {m.role}
              <select name="role">
                {AGENT_ROLES.map((r) => (
                  <option key={r} value={r} selected={r === 'agent'}>
                    {m.roles[r]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {m.password}
              <input name="password" type="password" minLength={12} required autoComplete="new-password" />
            </label>
            <button type="submit" class="primary">
              {m.add}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function RoutingForm({ agent, api, m, onDone }: AdminPageProps & { agent: AgentView; onDone: () => void }) {
  const profile = useAdminData(() => api.call('GET /admin/agents/:id/routing', { params: { id: agent.id } }), [agent.id]);
  const [languages, setLanguages] = useState<Locale[]>([]);
  const save = useSaveStatus(m);
  useEffect(() => {
    if (profile.data) setLanguages(profile.data.languages as Locale[]);
  }, [profile.data]);
  if (profile.error) return <p role="alert">{profile.error}</p>;
  if (!profile.data) return <p role="status">{m.loading}</p>;
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const topics = String(data.get('topics')).split(/[,，]/).map((t) => t.trim()).filter(Boolean);
    const body = { chatCapacity: Number(data.get('chatCapacity')), ticketCapacity: Number(data.get('ticketCapacity')), languages, topics };
    if (await save.run(() => api.call('PUT /admin/agents/:id/routing', { params: { id: agent.id }, body }))) profile.reload();
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="routing-title">
      <h3 id="routing-title">
        {m.routing}: {agent.name}
      </h3>
      <div class="admin-row">
        <label>
          {m.chatCapacity}
          <input name="chatCapacity" type="number" min={1} max={10} defaultValue={String(profile.data.chatCapacity)} required />
        </label>
        <label>
          {m.ticketCapacity}
          <input name="ticketCapacity" type="number" min={1} max={200} defaultValue={String(profile.data.ticketCapacity)} required />
        </label>
      </div>
      <fieldset>
        <legend>{m.language}</legend>
        {(Object.keys(m.languages) as Locale[]).map((locale) => (
          <label key={locale} class="admin-row">
            <input
              type="checkbox"
              checked={languages.includes(locale)}
              onChange={(event) => setLanguages((event.target as HTMLInputElement).checked ? [...languages, locale] : languages.filter((l) => l !== locale))}
            />
            {m.languages[locale]}
          </label>
        ))}
      </fieldset>
      <label>
        {m.topics}
        <input name="topics" defaultValue={profile.data.topics.join(', ')} aria-describedby="topics-hint" />
      </label>
      <p class="admin-hint" id="topics-hint">
        {m.topicsHint}
      </p>
      <div class="admin-row">
        <button type="submit" class="primary">
          {m.save}
        </button>
        <button type="button" onClick={onDone}>
          {m.cancel}
        </button>
      </div>
      {save.view}
    </form>
  );
}
