import type { AgentLoginResponse, FrontEndRestCall, ProblemDetails, RestCallAnswer, RestCallInput } from '@okpay/contracts';
import { restCallTarget } from '@okpay/contracts';

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
  return send('POST /auth/agents/login', { body: { email, password } }, null);
}

/** REST under /api/v1 as the signed-in agent. */
export class ApiClient {
  constructor(
    private readonly token: string,
    private readonly onUnauthorized: () => void,
  ) {}

  /** One of the inbox's calls: its answer is the view the API declares for it. */
  async call<Call extends FrontEndRestCall>(call: Call, input: RestCallInput<Call>): Promise<RestCallAnswer<Call>> {
    try {
      return await send(call, input, this.token);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.onUnauthorized();
      throw error;
    }
  }

  /** Raw bytes up (chat attachments are typed by their content on the server). */
  async upload(input: RestCallInput<'POST /chat/attachments'>, file: Blob): Promise<RestCallAnswer<'POST /chat/attachments'>> {
    const { path } = restCallTarget('POST /chat/attachments', input);
    const response = await fetch(`/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/octet-stream' }, body: file });
    if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))) as Partial<ProblemDetails>);
    return (await response.json()) as RestCallAnswer<'POST /chat/attachments'>;
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
}

async function send<Call extends FrontEndRestCall>(call: Call, input: RestCallInput<Call>, token: string | null): Promise<RestCallAnswer<Call>> {
  const { method, path } = restCallTarget(call, input);
  const body = (input as { body?: unknown }).body;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<ProblemDetails>;
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as RestCallAnswer<Call>;
  return (await response.json()) as RestCallAnswer<Call>;
}
