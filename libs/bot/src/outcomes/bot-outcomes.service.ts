import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { BOT_OUTCOMES, BOT_SILENCE_MS, BotHandoffChannel, BotOutcome, BotResolution } from './bot-outcome';

/** A conversation's outcome as agents see it. */
export interface BotOutcomeRecord {
  readonly outcome: BotOutcome;
  /** When it stopped being `open`. */
  readonly at: Date | null;
  readonly handedOffTo: BotHandoffChannel | null;
  readonly resolution: BotResolution | null;
}

export type BotOutcomeCounts = Readonly<Record<BotOutcome, number>>;

/** Conversations ended per statement of a sweep: short transactions even after a long downtime. */
const SWEEP_BATCH = 1_000;

/** The silence timer of bot conversations, and the outcomes read back for agents and reports. */
@Injectable()
export class BotOutcomes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The silence timer: ends each open conversation whose last turn is `BOT_SILENCE_MS` old by the
   * clock, as resolved (assumed) after an answer, otherwise as abandoned, at the moment the silence
   * reached the limit. Its state is the conversation's own row (the last turn sets `updated_at`),
   * so a turn schedules nothing, a later turn restarts the timer, and a sweep after a restart
   * catches up with everything that fell silent meanwhile. Each conversation ends once: only
   * `open` rows change, and rows a turn is recording are left to the next sweep.
   * @returns how many conversations it ended.
   */
  async endSilentConversations(): Promise<number> {
    const silentSince = new Date(this.clock.now().getTime() - BOT_SILENCE_MS);
    let ended = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `UPDATE bot_conversations c
         SET outcome = CASE WHEN c.last_turn_answered THEN 'resolved' ELSE 'abandoned' END,
             resolution = CASE WHEN c.last_turn_answered THEN 'assumed' END,
             outcome_at = c.updated_at + $2 * interval '1 millisecond'
         WHERE c.id IN (
           SELECT id FROM bot_conversations WHERE outcome = 'open' AND updated_at <= $1 ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED
         ) AND c.outcome = 'open' AND c.updated_at <= $1`,
        [silentSince, BOT_SILENCE_MS, SWEEP_BATCH],
      )) as [unknown, number];
      ended += count;
      if (count < SWEEP_BATCH) return ended;
    }
  }

  async outcomeOf(conversationId: string): Promise<BotOutcomeRecord | null> {
    const [row] = await this.dataSource.query(`SELECT outcome, outcome_at, handed_off_to, resolution FROM bot_conversations WHERE id = $1`, [conversationId]);
    if (!row) return null;
    return { outcome: row.outcome, at: row.outcome_at, handedOffTo: row.handed_off_to, resolution: row.resolution };
  }

  /** Bot conversations started in `[from, to)`, counted by outcome (those still running as `open`). */
  async botOutcomeCounts(from: Date, to: Date): Promise<BotOutcomeCounts> {
    const rows: { outcome: BotOutcome; count: number }[] = await this.dataSource.query(
      `SELECT outcome, count(*)::int AS count FROM bot_conversations WHERE created_at >= $1 AND created_at < $2 GROUP BY outcome`,
      [from, to],
    );
    const counts = Object.fromEntries(BOT_OUTCOMES.map((outcome) => [outcome, 0])) as Record<BotOutcome, number>;
    for (const row of rows) counts[row.outcome] = row.count;
    return counts;
  }
}
