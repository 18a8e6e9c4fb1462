import { type AdminPageProps, useAdminData, useSaveStatus } from './admin-data';

/** Which calendar each support queue keeps hours by. */
export function QueuesPage({ api, m }: AdminPageProps) {
  const queues = useAdminData(() => api.call('GET /admin/queues', {}));
  const calendars = useAdminData(() => api.call('GET /admin/calendars', {}));
  const save = useSaveStatus(m);
  if (queues.error || calendars.error) return <p role="alert">{queues.error ?? calendars.error}</p>;
  if (!queues.data || !calendars.data) return <p role="status">{m.loading}</p>;
  const assign = async (kind: string, calendarId: string) => {
    if (await save.run(() => api.call('PUT /admin/queues/:kind', { params: { kind }, body: { calendarId } }))) queues.reload();
  };
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.keepsHoursBy}</th>
          </tr>
        </thead>
        <tbody>
          {queues.data.map((queue) => (
            <tr key={queue.kind}>
              <th scope="row">{m.queueNames[queue.kind] ?? queue.kind}</th>
              <td>
                <select
                  aria-label={`${m.queueNames[queue.kind] ?? queue.kind}: ${m.keepsHoursBy}`}
                  value={queue.calendarId ?? ''}
                  onChange={(event) => void assign(queue.kind, (event.target as HTMLSelectElement).value)}
                >
                  {calendars.data!.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {save.view}
    </>
  );
}
