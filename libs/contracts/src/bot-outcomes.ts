/** How a bot conversation ended; `open` while it runs. */
export type BotOutcomeName = 'open' | 'handed_off' | 'resolved' | 'abandoned';

export interface BotOutcomeView {
  outcome: BotOutcomeName;
  /** When it stopped being open; null while open. */
  at: string | null;
  /** For `handed_off`: who took over. */
  handedOffTo: 'ticket' | 'chat_queue' | 'callback' | null;
  /** For `resolved`: the customer said so (`confirmed`), or left after an answer (`assumed`). */
  resolution: 'confirmed' | 'assumed' | null;
}

/** `GET /bot/outcomes`: bot conversations started in the range, by outcome. */
export interface BotOutcomeCountsView {
  from: string;
  to: string;
  timeZone: string;
  counts: Record<BotOutcomeName, number>;
  total: number;
}
