import type { MacroPreviewView, MacroView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { inboxMessages, ticketStatusText } from './inbox-messages';

/** Macros by name; picking one shows what it would do to this ticket, and only "Apply" does it. */
export function MacroPanel({ api, ticketId, onApplied }: { api: ApiClient; ticketId: string; onApplied: () => void }) {
  const text = inboxMessages();
  const [macros, setMacros] = useState<MacroView[]>([]);
  const [preview, setPreview] = useState<MacroPreviewView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api.call('GET /macros', {}).then(setMacros, () => setMacros([]));
  }, [api]);
  if (macros.length === 0) return null;

  const show = async (macroId: string) => {
    setFailed(false);
    setPreview(macroId ? await api.call('GET /tickets/:id/macros/:macroId', { params: { id: ticketId, macroId } }).catch(() => null) : null);
  };
  const apply = async () => {
    if (!preview) return;
    try {
      await api.call('POST /tickets/:id/macros/:macroId', { params: { id: ticketId, macroId: preview.id } });
      setPreview(null);
      onApplied();
    } catch {
      setFailed(true);
    }
  };
  const { status, priority, addTags } = preview?.actions ?? {};
  return (
    <div class="macros">
      <label class="inline">
        {text.macro.label}
        <select value={preview?.id ?? ''} onChange={(event) => void show((event.target as HTMLSelectElement).value)}>
          <option value="">{text.macro.placeholder}</option>
          {macros.map((macro) => (
            <option key={macro.id} value={macro.id}>
              {macro.name}
            </option>
          ))}
        </select>
      </label>
      {preview && (
        <section class="macro-preview" aria-label={text.macro.preview(preview.name)} data-testid="macro-preview">
          <p>{text.macro.preview(preview.name)}</p>
          <ul>
            {status && <li>{text.macro.setsStatus(ticketStatusText(status))}</li>}
            {priority && <li>{text.macro.setsPriority(text.priorities[priority as keyof typeof text.priorities] ?? priority)}</li>}
            {addTags && addTags.length > 0 && <li>{text.macro.addsTags(addTags.join(', '))}</li>}
            {preview.reply && (
              <li>
                {text.macro.replies}
                <blockquote>{preview.reply}</blockquote>
              </li>
            )}
          </ul>
          {failed && <p class="error" role="alert">{text.macro.failed}</p>}
          <button type="button" class="primary" onClick={() => void apply()}>
            {text.macro.apply}
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            {text.macro.cancel}
          </button>
        </section>
      )}
    </div>
  );
}
