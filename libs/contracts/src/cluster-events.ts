import { AgentPresence } from './chat';

/**
 * Events every api process hears, whichever process published them (PostgreSQL LISTEN/NOTIFY
 * when several share a database). Payloads are JSON: ids, numbers and ISO instants only, and
 * small (a NOTIFY carries at most 8000 bytes). None of them is a system of record: a lost one
 * delays what a socket sees, never what the database holds.
 */
export interface ClusterEventMap {
  /** A conversation's messages were stored up to `seq`: feeds behind it read the rest from the database. */
  'chat.reached-seq': { readonly conversationId: string; readonly seq: number };
  /** Every socket of the agent follows the conversation (they accepted it). */
  'chat.agent-followed': { readonly agentId: string; readonly conversationId: string };
  /** No socket of the agent follows the conversation any more. */
  'chat.agent-unfollowed': { readonly agentId: string; readonly conversationId: string };
  /** Routing offered the chat to the agent until `expiresAt`. */
  'routing.offered': { readonly agentId: string; readonly conversationId: string; readonly expiresAt: string };
  /** The agent no longer has this chat: the offer lapsed, they transferred it, or they dropped. */
  'routing.withdrawn': { readonly agentId: string; readonly conversationId: string };
  /** The agent's presence changed: their inbox tabs show it. */
  'routing.presence-changed': { readonly agentId: string; readonly presence: AgentPresence };
  /** Places in the chat queue may have moved. */
  'routing.queue-changed': Record<string, never>;
  /** A business calendar, or which calendar a queue uses, changed: cached calendars and what was worked out from them are stale. */
  'calendars.changed': Record<string, never>;
  /** An admin changed the SLA targets: cached targets are stale. */
  'sla-targets.changed': Record<string, never>;
  /** The agent was deactivated: close their sockets now (their tokens already fail). */
  'agents.deactivated': { readonly agentId: string };
  /**
   * An agent's state on a ticket or chat, for the agents on it in every process. `joined` is a
   * first `viewing`: processes answer it with `present` for the agents they hold there already.
   */
  'collision.presence': {
    readonly kind: 'ticket' | 'conversation';
    readonly id: string;
    readonly agentId: string;
    readonly name: string;
    readonly state: 'joined' | 'present' | 'viewing' | 'typing' | 'left';
  };
  /**
   * Only ever from this process to itself: it was not listening for a while (the connection
   * dropped), so whatever a missed event would have dropped is dropped now.
   */
  'events.resumed': Record<string, never>;
}

export type ClusterEventName = keyof ClusterEventMap;
