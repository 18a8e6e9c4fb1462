import { Injectable } from '@nestjs/common';
import { deterministicJobId, DurableJob, JobScheduler } from '@okpay/database';
import { Batcher, Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { BOT_OUTCOMES, BOT_SILENCE_MS, BotHandoffChannel, BotOutcome, BotResolution } from './bot-outcome';
import { BOT_SILENCE_JOB, BotSilenceJobData } from './silence-job';

/** A conversation's outcome as agents see it. */
export interface BotOutcomeRecord {
  readonly outcome: BotOutcome;
  /** When it stopped being `open`. */
  readonly at: Date | null;
  readonly handedOffTo: BotHandoffChannel | null;
  readonly resolution: BotResolution | null;
}

export type BotOutcomeCounts = Readonly<Record<BotOutcome, number>>;

/** pg-boss fires by the database's clock, the check uses the app's: a job this much early still counts. */
const CLOCK_SKEW_TOLERANCE_MS = 60_000;

/** The silence timer of bot conversations, and the outcomes read back for agents and reports. */
@Injectable()
export class BotOutcomes {
  /** The timers of the turns taken in one event-loop turn go in one insert. */
  private readonly silenceTimers = new Batcher<DurableJob, void>(async (jobs) => {
    await this.jobs.scheduleAll(jobs);
    return jobs.map(() => undefined);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts (again) the silence timer from a turn about to be recorded. Scheduled before the turn is
   * stored: a crash in between leaves a job that finds its turn missing and does nothing, never a
   * conversation without a timer.
   */
  turnTaken(conversationId: string, turnId: string, at: Date): Promise<void> {
    return this.silenceTimers.submit({
      name: BOT_SILENCE_JOB,
      id: deterministicJobId(BOT_SILENCE_JOB, conversationId, turnId),
      data: { conversationId, turnId } satisfies BotSilenceJobData,
      startAfter: new Date(at.getTime() + BOT_SILENCE_MS),
    });
  }

  /**
   * The silence job: if the turn is still the conversation's last, the conversation is still open
   * and the silence has lasted long enough by the clock, it ends as resolved (assumed) after an
   * answer, otherwise as abandoned. Returns the outcome it set, or null when the job was moot.
   * A job run well before its time (by hand, or under a shifted `CLOCK_START`) changes nothing.
   */
  async silenceElapsed(job: BotSilenceJobData): Promise<BotOutcome | null> {
    const now = this.clock.now();
    const [rows] = await this.dataSource.query(
      `UPDATE bot_conversations c
       SET outcome = CASE WHEN c.last_turn_answered THEN 'resolved' ELSE 'abandoned' END,
           resolution = CASE WHEN c.last_turn_answered THEN 'assumed' END,
           outcome_at = t.created_at + $3 * interval '1 millisecond'
       FROM bot_turns t
       WHERE c.id = $1 AND t.id = $2 AND t.conversation_id = c.id AND t.seq = c.turn_count
         AND c.outcome = 'open' AND t.created_at + $3 * interval '1 millisecond' <= $4
       RETURNING c.outcome`,
      [job.conversationId, job.turnId, BOT_SILENCE_MS, new Date(now.getTime() + CLOCK_SKEW_TOLERANCE_MS)],
    );
    return (rows as { outcome: BotOutcome }[])[0]?.outcome ?? null;
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
