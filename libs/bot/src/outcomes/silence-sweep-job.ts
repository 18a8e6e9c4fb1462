/**
 * Every minute (and once when the workers start): ends the open bot conversations whose customer
 * has said nothing for `BOT_SILENCE_MS` since their last turn. A cron job, no payload.
 */
export const BOT_SILENCE_SWEEP_JOB = 'bot.silence-sweep';
