import type { CannedResponseView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { inboxMessages } from './inbox-messages';

/** The canned responses, read once per reply box. */
export function useCannedResponses(api: ApiClient): CannedResponseView[] {
  const [responses, setResponses] = useState<CannedResponseView[]>([]);
  useEffect(() => {
    void api.call('GET /canned-responses', {}).then(setResponses, () => setResponses([]));
  }, [api]);
  return responses;
}

/** Canned responses by name; picking one hands it to the reply box (which renders it for editing). */
export function CannedPicker({ responses, onPick }: { responses: CannedResponseView[]; onPick: (response: CannedResponseView) => void }) {
  const text = inboxMessages();
  return (
    <select
      aria-label={text.cannedResponse}
      value=""
      onChange={(event) => {
        const picked = responses.find((r) => r.id === (event.target as HTMLSelectElement).value);
        if (picked) onPick(picked);
      }}
    >
      <option value="">{text.cannedPlaceholder}</option>
      {responses.map((response) => (
        <option key={response.id} value={response.id}>
          {response.name} ({response.locale})
        </option>
      ))}
    </select>
  );
}
