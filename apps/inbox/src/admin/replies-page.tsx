import { AGENT_TICKET_STATUSES, type CannedResponseView, type Locale, type MacroView, TICKET_PRIORITY_NAMES } from '@okpay/contracts';
import { useState } from 'preact/hooks';
import { type AdminPageProps, useAdminData, useSaveStatus } from './admin-data';

/** Canned responses (per language) and macros: create, edit, delete. */
export function RepliesPage(props: AdminPageProps) {
  return (
    <>
      <CannedResponses {...props} />
      <Macros {...props} />
    </>
  );
}

function CannedResponses({ api, m }: AdminPageProps) {
  const list = useAdminData(() => api.call('GET /canned-responses', {}));
  const [editing, setEditing] = useState<CannedResponseView | 'new' | null>(null);
  const save = useSaveStatus(m);
  if (list.error) return <p role="alert">{list.error}</p>;
  if (!list.data) return <p role="status">{m.loading}</p>;
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body = { name: String(data.get('name')), locale: String(data.get('locale')) as Locale, body: String(data.get('body')) };
    const saved = await save.run(() =>
      editing === 'new' || !editing ? api.call('POST /canned-responses', { body }) : api.call('PUT /canned-responses/:id', { params: { id: editing.id }, body }),
    );
    if (saved) {
      setEditing(null);
      list.reload();
    }
  };
  const remove = async (canned: CannedResponseView) => {
    if (!confirm(m.confirmRemove(canned.name))) return;
    if (await save.run(() => api.call('DELETE /canned-responses/:id', { params: { id: canned.id } }))) list.reload();
  };
  const current = editing === 'new' ? null : editing;
  return (
    <section aria-labelledby="canned-title">
      <h3 id="canned-title">{m.cannedResponses}</h3>
      {save.view}
      <table>
        <tbody>
          {list.data.map((canned) => (
            <tr key={canned.id}>
              <th scope="row">{canned.name}</th>
              <td>{m.languages[canned.locale]}</td>
              <td>{canned.body}</td>
              <td class="admin-row">
                <button type="button" onClick={() => setEditing(canned)} aria-label={`${m.edit}: ${canned.name} (${canned.locale})`}>
                  {m.edit}
                </button>
                <button type="button" onClick={() => void remove(canned)} aria-label={`${m.remove}: ${canned.name} (${canned.locale})`}>
                  {m.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <form key={current?.id ?? 'new'} onSubmit={(event) => void submit(event)} aria-label={current ? `${m.edit}: ${current.name}` : m.newCannedResponse}>
          <div class="admin-row">
            <label>
              {m.name}
              <input name="name" required maxLength={100} defaultValue={current?.name} />
            </label>
            <label>
              {m.language}
              <select name="locale">
                {(Object.keys(m.languages) as Locale[]).map((l) => (
                  <option key={l} value={l} selected={l === (current?.locale ?? m.locale)}>
                    {m.languages[l]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {m.body}
            <textarea name="body" required maxLength={5000} defaultValue={current?.body} />
          </label>
          <div class="admin-row">
            <button type="submit" class="primary">
              {m.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {m.newCannedResponse}
        </button>
      )}
    </section>
  );
}

function Macros({ api, m }: AdminPageProps) {
  const list = useAdminData(() => api.call('GET /macros', {}));
  const [editing, setEditing] = useState<MacroView | 'new' | null>(null);
  const save = useSaveStatus(m);
  if (list.error) return <p role="alert">{list.error}</p>;
  if (!list.data) return <p role="status">{m.loading}</p>;
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const tags = text('addTags').split(/[,，]/).map((t) => t.trim()).filter(Boolean);
    const actions: MacroView['actions'] = {
      ...(text('status') ? { status: text('status') } : {}),
      ...(text('priority') ? { priority: text('priority') } : {}),
      ...(tags.length ? { addTags: tags } : {}),
      ...(text('cannedResponseName') ? { cannedResponseName: text('cannedResponseName') } : {}),
    };
    const body = { name: text('name'), actions };
    const saved = await save.run(() => (editing === 'new' || !editing ? api.call('POST /macros', { body }) : api.call('PUT /macros/:id', { params: { id: editing.id }, body })));
    if (saved) {
      setEditing(null);
      list.reload();
    }
  };
  const remove = async (macro: MacroView) => {
    if (!confirm(m.confirmRemove(macro.name))) return;
    if (await save.run(() => api.call('DELETE /macros/:id', { params: { id: macro.id } }))) list.reload();
  };
  const current = editing === 'new' ? null : editing;
  return (
    <section aria-labelledby="macros-title">
      <h3 id="macros-title">{m.macros}</h3>
      {save.view}
      <table>
        <tbody>
          {list.data.map((macro) => (
            <tr key={macro.id}>
              <th scope="row">{macro.name}</th>
              <td>
                {[
                  macro.actions.status && `${m.setStatus}: ${macro.actions.status}`,
                  macro.actions.priority && `${m.setPriority}: ${macro.actions.priority}`,
                  macro.actions.addTags?.length && `${m.addTags}: ${macro.actions.addTags.join(', ')}`,
                  macro.actions.cannedResponseName && `${m.replyWith}: ${macro.actions.cannedResponseName}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td class="admin-row">
                <button type="button" onClick={() => setEditing(macro)} aria-label={`${m.edit}: ${macro.name}`}>
                  {m.edit}
                </button>
                <button type="button" onClick={() => void remove(macro)} aria-label={`${m.remove}: ${macro.name}`}>
                  {m.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <form key={current?.id ?? 'new'} onSubmit={(event) => void submit(event)} aria-label={current ? `${m.edit}: ${current.name}` : m.newMacro}>
          <label>
            {m.name}
            <input name="name" required maxLength={100} defaultValue={current?.name} />
          </label>
          <div class="admin-row">
            <label>
              {m.setStatus}
              <select name="status">
                <option value="">{m.unchanged}</option>
                {AGENT_TICKET_STATUSES.map((s) => (
                  <option key={s} value={s} selected={s === current?.actions.status}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {m.setPriority}
              <select name="priority">
                <option value="">{m.unchanged}</option>
                {TICKET_PRIORITY_NAMES.map((p) => (
                  <option key={p} value={p} selected={p === current?.actions.priority}>
                    {m.priorities[p]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {m.addTags}
            <input name="addTags" defaultValue={current?.actions.addTags?.join(', ')} />
          </label>
          <label>
            {m.replyWith}
            <input name="cannedResponseName" defaultValue={current?.actions.cannedResponseName} />
          </label>
          <div class="admin-row">
            <button type="submit" class="primary">
              {m.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {m.newMacro}
        </button>
      )}
    </section>
  );
}
