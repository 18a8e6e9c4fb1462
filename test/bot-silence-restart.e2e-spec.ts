import { BOT_SILENCE_MS } from '@okpay/bot';
import { BotMessageResponse } from '@okpay/contracts';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from './support/api-process';

const WEDNESDAY_10_00 = Date.parse('2027-01-06T02:00:00Z'); // Asia/Shanghai, support open
const MINUTE = 60_000;

/**
 * The silence timer of bot conversations lives in the conversations' own rows, not in the process:
 * on the real process of `npm start`, a conversation that falls silent while the app is down ends
 * when it is back, once, at the moment the silence reached the limit.
 */
describe('bot silence timer across a restart', () => {
  jest.setTimeout(180_000);
  let dataDir: string;
  let pgPort: number;
  let running: ApiProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'okpay-silence-'));
    await chmod(dataDir, 0o755);
    pgPort = await freePort();
  });
  afterAll(async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The app on the same data directory, its clock starting at `clockStart`. */
  const start = async (clockStart: number): Promise<ApiProcess> => {
    running = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort), CLOCK_START: new Date(clockStart).toISOString() });
    await waitForHealthy(running);
    return running;
  };
  const stop = async (): Promise<void> => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGINT');
    await running?.exited;
    running = undefined;
  };

  const ask = async (api: ApiProcess, text: string): Promise<BotMessageResponse> => {
    const response = await fetch(`${api.baseUrl}/api/v1/bot/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    expect(response.status).toBe(200);
    return (await response.json()) as BotMessageResponse;
  };

  /** Straight from the cluster, over TCP with the generated password, the way an operator would. */
  const outcomesOf = async (ids: string[]) => {
    const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'okpay' });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; outcome: string; resolution: string | null; outcome_at: Date | null; last_turn_at: Date }>(
        `SELECT c.id, c.outcome, c.resolution, c.outcome_at, t.created_at AS last_turn_at
         FROM bot_conversations c JOIN bot_turns t ON t.conversation_id = c.id AND t.seq = c.turn_count
         WHERE c.id = ANY($1) ORDER BY array_position($1, c.id)`,
        [ids],
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  it('ends, once, the conversations that fell silent while the app was down', async () => {
    const first = await start(WEDNESDAY_10_00);
    const unanswered = await ask(first, 'what is the capital of Australia');
    expect(unanswered.intent).toBe('out_of_scope');
    const answered = await ask(first, 'How do I verify my identity?');
    expect(answered.intent).not.toBe('out_of_scope');
    const ids = [unanswered.conversationId, answered.conversationId];
    expect((await outcomesOf(ids)).map((row) => row.outcome)).toEqual(['open', 'open']);
    await stop();

    // Back 31 minutes later by its clock: the silence has passed the limit while nothing ran.
    await start(WEDNESDAY_10_00 + BOT_SILENCE_MS + MINUTE);
    const ended = await outcomesOf(ids);
    expect(ended.map(({ outcome, resolution }) => ({ outcome, resolution }))).toEqual([
      { outcome: 'abandoned', resolution: null },
      { outcome: 'resolved', resolution: 'assumed' },
    ]);
    for (const row of ended) expect(row.outcome_at).toEqual(new Date(row.last_turn_at.getTime() + BOT_SILENCE_MS));
    await stop();

    // Once: later sweeps, after another restart, leave them as they are.
    await start(WEDNESDAY_10_00 + 3 * BOT_SILENCE_MS);
    expect(await outcomesOf(ids)).toEqual(ended);
  });
});
