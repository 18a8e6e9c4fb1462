/** Fires when the customer has said nothing since a turn for `BOT_SILENCE_MS`: the conversation is over. */
export const BOT_SILENCE_JOB = 'bot.conversation-silence';

export interface BotSilenceJobData {
  readonly conversationId: string;
  /** The turn the silence follows; a later turn makes this job moot. */
  readonly turnId: string;
}
