import { useEffect, useState } from 'preact/hooks';
import type { AgentRole } from '@okpay/contracts';
import { type ApiClient, ApiError } from '../api-client';
import type { AdminMessages } from './admin-messages';

/** What every admin page gets: the API, the words, and who is looking. */
export interface AdminPageProps {
  readonly api: ApiClient;
  readonly m: AdminMessages;
  readonly role: AgentRole;
}

/** Data a page loads: `undefined` while loading, then the answer; `reload` reads it again. */
export function useAdminData<T>(load: () => Promise<T>, deps: readonly unknown[] = []): { data: T | undefined; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    load().then(
      (answer) => {
        setData(answer);
        setError(null);
      },
      (failure: unknown) => setError(problemText(failure)),
    );
  }, [round, ...deps]);
  return { data, error, reload: () => setRound((n) => n + 1) };
}

/** The API's own words for a failure (its problem detail), else the error's message. */
export function problemText(failure: unknown): string {
  if (failure instanceof ApiError) {
    const fields = (failure.problem as { errors?: { field: string; message: string }[] }).errors;
    if (fields?.length) return fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return failure.problem.detail ?? failure.problem.title ?? failure.message;
  }
  return failure instanceof Error ? failure.message : String(failure);
}

/** A save's outcome, shown beside the form: saved, or why not. */
export function useSaveStatus(m: AdminMessages) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (save: () => Promise<unknown>): Promise<boolean> => {
    try {
      await save();
      setStatus({ ok: true, text: m.saved });
      return true;
    } catch (failure) {
      setStatus({ ok: false, text: m.failed(problemText(failure)) });
      return false;
    }
  };
  const view = status && (
    <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'admin-ok' : 'admin-error'}>
      {status.text}
    </p>
  );
  return { run, view };
}
