import { ErrorCode } from './errors/error-code';
import { Locale } from './locale';

/** socket.io namespaces (same port as HTTP). */
export const WIDGET_NAMESPACE = '/widget';
export const AGENT_NAMESPACE = '/agent';

/** Event names. Names in the public contract (`message:send`, `message:new`, `queue:update`,
 * `conversation:offered`, `conversation:accept`) must never change. */
export const CHAT_EVENTS = {
  // both namespaces
  messageSend: 'message:send',
  messageNew: 'message:new',
  messageRead: 'message:read',
  typing: 'typing',
  conversationClosed: 'conversation:closed',
  chatError: 'chat:error',
  // widget
  session: 'conversation:session',
  queueUpdate: 'queue:update',
  /** Nobody can take the chat now: the widget offers to leave a message (and a callback). */
  handoffUnavailable: 'conversation:unavailable',
  leaveMessage: 'conversation:leave-message',
  requestCallback: 'conversation:request-callback',
  csatSubmit: 'csat:submit',
  // agent
  offered: 'conversation:offered',
  offerWithdrawn: 'conversation:offer-withdrawn',
  accept: 'conversation:accept',
  watch: 'conversation:watch',
  transfer: 'conversation:transfer',
  close: 'conversation:close',
  heartbeat: 'agent:heartbeat',
  /** Server → each of the agent's sockets: their presence changed (connecting, another tab, the heartbeat timeout). */
  presenceChanged: 'agent:presence',
  /** Server → every agent: tickets changed through the API; inbox lists read themselves again. */
  ticketsChanged: 'tickets:changed',
} as const;

/** Handshake `auth` of `/widget`: a customer token (wallet login or widget identity exchange) or a visitor token. */
export interface WidgetHandshakeAuth {
  token: string;
  /** Highest `seq` the widget already has; every later message is sent again, in order, first. */
  lastSeq?: number;
  /** The widget's language, for a conversation it starts. */
  locale?: Locale;
}

/** Handshake `auth` of `/agent`. */
export interface AgentHandshakeAuth {
  token: string;
  /** Per conversation, the highest `seq` the inbox already has (default: whole history). */
  lastSeqs?: Record<string, number>;
}

/** Widget → server. Acknowledged with `MessageAck` once stored (or `SocketErrorAck`). */
export interface WidgetMessageSend {
  /** Chosen by the client (e.g. a UUID); a resend with the same id is stored once. At most 64 characters. */
  clientId: string;
  /** At most `MAX_MESSAGE_LENGTH` characters; may be empty when `attachmentId` is set. */
  text: string;
  /** From `POST /api/v1/chat/attachments`. */
  attachmentId?: string;
}

/** Agent → server. `internal: true` is a private note no widget ever receives. */
export interface AgentMessageSend extends WidgetMessageSend {
  conversationId: string;
  internal?: boolean;
}

export const MAX_MESSAGE_LENGTH = 4000;
/** A conversation's message numbers are PostgreSQL integers: no `seq` is ever above this. */
export const MAX_SEQ = 2_147_483_647;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

export interface MessageAck {
  id: string;
  seq: number;
}

/** Every socket error: a stable `code` (same codes as the HTTP problems) and a message. */
/** A domain error's code, or `internal_error` for anything the server did not expect. */
export type SocketErrorCode = ErrorCode | 'internal_error';

export interface SocketError {
  code: SocketErrorCode;
  message: string;
  /** `validation_failed`: one entry per bad field. */
  errors?: { field: string; code: string; message: string }[];
  retryAfterSeconds?: number;
}

/** An acknowledgement that failed. Events sent without an ack callback get `chat:error` instead. */
export interface SocketErrorAck {
  error: SocketError;
}

/** `chat:error`: a failed event that had no ack callback. */
export interface ChatErrorEvent extends SocketError {
  event: string;
}

export const CONVERSATION_STATUSES = ['open', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Widget ← server right after connecting: which conversation the socket is in. */
export interface ConversationSession {
  conversationId: string;
  status: ConversationStatus;
  locale: Locale;
  /** Highest seq stored so far (the replay that follows ends at or after it). */
  lastSeq: number;
  /** Highest seq the agent side has read. */
  agentReadSeq: number;
}

export interface QueueUpdate {
  /** 1 = next; 0 once an agent has the chat. */
  position: number;
  estimatedWaitSeconds?: number;
}

export interface ConversationOffered {
  conversationId: string;
  expiresAt: string;
}

export interface ConversationRef {
  conversationId: string;
}

export interface TicketsChanged {
  ticketIds: string[];
}

/** Whether routing may offer the agent chats: only when online; away keeps their chats, offline gives them back. */
export type AgentPresence = 'online' | 'away' | 'offline';

export interface AgentPresenceChanged {
  presence: AgentPresence;
}

export interface OkAck {
  ok: true;
}

/** Both directions. Agents add `conversationId` when sending. */
export interface TypingEvent {
  conversationId?: string;
  isTyping: boolean;
  /** Set by the server on what it forwards. */
  author?: { type: 'customer' | 'agent'; name?: string };
}

/** Both directions: everything up to `seq` has been read. Agents add `conversationId`. */
export interface ReadReceipt {
  conversationId?: string;
  seq: number;
  /** Set by the server on what it forwards. */
  reader?: 'customer' | 'agent';
}

/** Server → both: the conversation ended; the widget shows the CSAT prompt when `csat` is true. */
export interface ConversationClosed {
  conversationId: string;
  csat: boolean;
}

export interface CsatSubmit {
  /** 1 (bad) … 5 (great). */
  score: number;
  comment?: string;
}

/** Widget → server when nobody can take the chat (closed, nobody online): it becomes a ticket. */
export interface LeaveMessage {
  text: string;
  email?: string;
}

export interface LeaveMessageAck {
  ticketId: string;
  ticketNumber: number;
  /** When a callback can be offered (queue closed or nobody available): the next opening, if known. */
  callbackOffer: { nextOpening: string | null };
}

/** Widget → server: call me back instead (uses the callback queue). */
export interface CallbackRequestEvent {
  phone: string;
  name?: string;
  /** The visitor's IANA zone: they are called in its daytime, and told the time in it. */
  timeZone?: string;
}

export interface CallbackRequestAck {
  callbackId: string;
  scheduledFor: string;
}

/** The "leave a message" offer the server posts (as a system message and this event) when no agent can be had. */
export interface HandoffUnavailable {
  reason: 'closed' | 'closing_soon' | 'no_agents_available';
  nextOpening: string | null;
}

/** `POST /api/v1/widget/identities`: the host page's signed `customerId.expiry.signature`. */
export interface WidgetIdentityExchange {
  identity: string;
}
