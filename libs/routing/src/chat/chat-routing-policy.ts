/** How long an agent has to accept an offered chat before it goes to the next agent. */
export const OFFER_TIMEOUT_MS = 30_000;
/** An agent whose last heartbeat is older than this is offline. */
export const HEARTBEAT_TIMEOUT_MS = 60_000;
/** A customer who disconnects keeps their place this long. */
export const DISCONNECT_GRACE_MS = 120_000;
/** Fewer closed chats than this in the window: too little data to estimate a wait. */
export const MIN_CHATS_FOR_ESTIMATE = 5;
/** Handle times are smoothed over the most recent closed chats. */
export const HANDLE_TIME_SAMPLE = 50;
/** Requeued chats (their agent dropped) go before everything else waiting. */
export const REQUEUE_PRIORITY = 1000;

export const CHAT_OFFER_TIMEOUT_JOB = 'routing.chat-offer-timeout';
export const AGENT_HEARTBEAT_TIMEOUT_JOB = 'routing.agent-heartbeat-timeout';
export const CHAT_DISCONNECT_GRACE_JOB = 'routing.chat-disconnect-grace';

export interface ChatOfferTimeoutJobData {
  readonly entryId: string;
  readonly agentId: string;
  /** ISO instant: identifies the offer, so a later offer to the same agent is not cancelled. */
  readonly expiresAt: string;
}

export interface AgentHeartbeatTimeoutJobData {
  readonly agentId: string;
  /** ISO instant of the heartbeat that scheduled this check. */
  readonly heartbeatAt: string;
}

export interface ChatDisconnectGraceJobData {
  readonly entryId: string;
  readonly disconnectedAt: string;
}
