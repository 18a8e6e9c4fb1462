import type { SlaTargetView } from '@okpay/contracts';
import { type AdminPageProps, useAdminData, useSaveStatus } from './admin-data';

/** First-response and resolution targets per priority, in business minutes. */
export function SlaPage({ api, m }: AdminPageProps) {
  const targets = useAdminData(() => api.call('GET /admin/sla-targets', {}));
  const save = useSaveStatus(m);
  if (targets.error) return <p role="alert">{targets.error}</p>;
  if (!targets.data) return <p role="status">{m.loading}</p>;
  const submit = async (event: Event, target: SlaTargetView) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body = { firstResponseMinutes: Number(data.get('firstResponseMinutes')), resolutionMinutes: Number(data.get('resolutionMinutes')) };
    if (await save.run(() => api.call('PUT /admin/sla-targets/:priority', { params: { priority: target.priority }, body }))) targets.reload();
  };
  return (
    <>
      <p class="admin-hint">{m.slaNote}</p>
      {save.view}
      {targets.data.map((target) => (
        <form key={target.priority} class="admin-row" onSubmit={(event) => void submit(event, target)} aria-label={`${m.priority}: ${m.priorities[target.priority]}`}>
          <strong>{m.priorities[target.priority]}</strong>
          <label>
            {m.firstResponseMinutes}
            <input name="firstResponseMinutes" type="number" min={1} required defaultValue={String(target.firstResponseMinutes)} />
          </label>
          <label>
            {m.resolutionMinutes}
            <input name="resolutionMinutes" type="number" min={1} required defaultValue={String(target.resolutionMinutes)} />
          </label>
          <button type="submit" class="primary">
            {m.save}
          </button>
        </form>
      ))}
    </>
  );
}
