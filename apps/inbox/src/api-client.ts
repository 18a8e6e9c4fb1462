import type { AgentLoginResponse, ProblemDetails } from '@okpay/contracts';

/** A REST error with the problem document's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<ProblemDetails>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

const SESSION_KEY = 'okpay-inbox:session';

/** The signed-in agent, kept per browser tab (sessionStorage), so closing the tab signs out. */
export function loadAgentSession(): AgentLoginResponse | null {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as AgentLoginResponse | null;
  } catch {
    return null;
  }
}

export function saveAgentSession(session: AgentLoginResponse | null): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
}

export async function login(email: string, password: string): Promise<AgentLoginResponse> {
  return call<AgentLoginResponse>('POST', '/auth/agents/login', null, { email, password });
}

/** REST under /api/v1 as the signed-in agent. */
export class ApiClient {
  constructor(
    private readonly token: string,
    private readonly onUnauthorized: () => void,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('POST', path, body ?? {});
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, body);
  }

  /** Raw bytes up (chat attachments are typed by their content on the server). */
  async upload<T>(path: string, file: Blob): Promise<T> {
    const response = await fetch(`/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/octet-stream' }, body: file });
    if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))) as Partial<ProblemDetails>);
    return (await response.json()) as T;
  }

  /** A protected file (absolute path, e.g. an attachment's url), handed to the browser as a download. */
  async download(url: string, fileName: string): Promise<void> {
    const response = await fetch(url, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new ApiError(response.status, {});
    const objectUrl = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await call<T>(method, path, this.token, body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.onUnauthorized();
      throw error;
    }
  }
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<ProblemDetails>;
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
