/**
 * What survives a reload: the visitor token (the conversation's key) and messages typed but not
 * yet acknowledged, which are sent again with the same clientId so the server stores them once.
 */
export interface StoredSession {
  token: string;
  conversationId: string;
  /** The host page's signed identity this session was opened with; a different one starts afresh. */
  identity: string | null;
  unsent: { clientId: string; text: string }[];
}

const KEY = 'okpay-support-widget:v1';

export function loadSession(identity: string | null): StoredSession | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    if (typeof session.token !== 'string' || typeof session.conversationId !== 'string') return null;
    if ((session.identity ?? null) !== identity) return null;
    return { ...session, unsent: Array.isArray(session.unsent) ? session.unsent : [] };
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): the chat still works for this page view
  }
}

export function saveSession(session: StoredSession): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // see loadSession
  }
}

export function forgetSession(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // see loadSession
  }
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, and hosts may serve plain http. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const READ_KEY = 'okpay-support-widget:v1:read';

/** The last team message the visitor has seen in this conversation, so the unread badge is right after a reload too. */
export function loadReadSeq(conversationId: string): number {
  try {
    const read = JSON.parse(window.localStorage.getItem(READ_KEY) ?? 'null') as { conversationId: string; seq: number } | null;
    return read?.conversationId === conversationId ? Number(read.seq) || 0 : 0;
  } catch {
    return 0;
  }
}

export function saveReadSeq(conversationId: string, seq: number): void {
  try {
    window.localStorage.setItem(READ_KEY, JSON.stringify({ conversationId, seq }));
  } catch {
    // storage blocked: the badge simply counts from this page view
  }
}
