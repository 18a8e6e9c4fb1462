import { type AdminPageProps, useAdminData } from './admin-data';

/** The latest admin changes: who changed what, when, from what to what. */
export function AuditPage({ api, m }: AdminPageProps) {
  const entries = useAdminData(() => api.call('GET /admin/audit', { query: {} }));
  const agents = useAdminData(() => api.call('GET /agents', {}));
  if (entries.error) return <p role="alert">{entries.error}</p>;
  if (!entries.data) return <p role="status">{m.loading}</p>;
  const nameOf = (id: string) => agents.data?.find((a) => a.id === id)?.name ?? id;
  const when = new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{m.when}</th>
          <th scope="col">{m.who}</th>
          <th scope="col">{m.what}</th>
          <th scope="col">{m.subject}</th>
        </tr>
      </thead>
      <tbody>
        {entries.data.map((entry) => (
          <tr key={entry.id}>
            <td>{when.format(new Date(entry.at))}</td>
            <td>{nameOf(entry.actorAgentId)}</td>
            <td>{entry.action}</td>
            <td>
              {entry.subjectType}: {entry.subjectId}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
