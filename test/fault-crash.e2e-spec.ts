import { MessageAck, SocketErrorAck, WidgetSessionResponse } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { appendFile, chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from './support/api-process';
import { ChatClient, connect } from './support/chat-clients';
import { startExternalPostgres } from './support/external-postgres';

/** Explicit bounds, not measurements: how long recovery may take before the test calls it failed. */
const RECOVERY_BOUND_MS = 60_000;
const LEFTOVER_EXIT_BOUND_MS = 10_000;

/**
 * The crash half of the fault suite, on the real process of `npm start` with its own embedded
 * PostgreSQL: the database killed under a chat, and the app killed outright.
 */
describe('crash faults', () => {
  jest.setTimeout(240_000);
  let dataDir: string;
  let pgPort: number;
  const running: ApiProcess[] = [];
  const sockets: ChatClient[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'okpay-crash-'));
    await chmod(dataDir, 0o755);
    pgPort = await freePort();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const api of running.splice(0)) {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGINT');
      await api.exited;
    }
    // A postmaster still running here would be the very leak under test; do not leave it behind either way.
    const pid = postmasterPid(dataDir);
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = async (database: Record<string, string> = { EMBEDDED_PG_PORT: String(pgPort) }): Promise<ApiProcess> => {
    const api = spawnApi({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      CHAT_EVENT_BURST: '10000',
      CHAT_EVENTS_PER_MINUTE: '100000',
      ...database,
    });
    running.push(api);
    await waitForHealthy(api, RECOVERY_BOUND_MS);
    return api;
  };

  const widget = async (api: ApiProcess): Promise<{ session: WidgetSessionResponse; socket: ChatClient }> => {
    const response = await fetch(`${api.baseUrl}/api/v1/widget/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(response.status).toBe(201);
    const session = (await response.json()) as WidgetSessionResponse;
    const socket = await connect(api.baseUrl, '/widget', { token: session.visitorToken });
    sockets.push(socket);
    return { session, socket };
  };

  /** Reads straight from the cluster (over TCP with the generated password), the way an operator would. */
  const query = async <T>(sql: string, params: unknown[] = [], clusterParent = dataDir): Promise<T[]> => {
    const password = readFileSync(join(clusterParent, 'pg-password'), 'utf8').trim();
    const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'okpay' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  it('recovers by itself when its PostgreSQL is killed mid-chat, losing and duplicating no acknowledged message', async () => {
    const api = await start();
    const chats = await Promise.all([1, 2, 3, 4].map(() => widget(api)));
    const firstPostmaster = postmasterPid(dataDir)!;
    const acknowledged: { conversationId: string; clientId: string; ack: MessageAck }[] = [];
    const errorCodes = new Set<string>();
    const messagesPerClient = 24;
    let killed = false;

    const sendUntilStored = async (socket: ChatClient, text: string, clientId: string): Promise<MessageAck> => {
      const deadline = Date.now() + RECOVERY_BOUND_MS;
      while (Date.now() < deadline) {
        if (api.child.exitCode !== null || api.child.signalCode !== null) throw new Error(`the app exited:\n${api.output()}`);
        if (!socket.socket.connected) throw new Error(`the socket was dropped (${socket.disconnectReason ?? 'no reason given'}):\n${api.output()}`);
        let answer: MessageAck | SocketErrorAck;
        try {
          answer = await socket.emit<MessageAck>('message:send', { clientId, text });
        } catch {
          continue; // no ack in time: the widget sends again with the same clientId
        }
        if ('seq' in answer) return answer;
        errorCodes.add(answer.error.code);
        if (answer.error.code !== 'unavailable') throw new Error(`not retryable: ${JSON.stringify(answer.error)}`);
        await new Promise((resolve) => setTimeout(resolve, answer.error.retryAfterSeconds! * 1000));
      }
      throw new Error(`message ${clientId} was not stored within ${RECOVERY_BOUND_MS} ms:\n${api.output()}`);
    };

    await Promise.all(
      chats.map(async ({ session, socket }, chat) => {
        for (let n = 0; n < messagesPerClient; n++) {
          // A third of the way in, the first chat pulls the plug on PostgreSQL while the others are sending.
          if (chat === 0 && n === messagesPerClient / 3) {
            process.kill(firstPostmaster, 'SIGKILL');
            killed = true;
          }
          const clientId = randomUUID();
          const ack = await sendUntilStored(socket, `order ${n} from chat ${chat}: where is my refund?`, clientId);
          acknowledged.push({ conversationId: session.conversationId, clientId, ack });
        }
      }),
    );
    expect(killed).toBe(true);

    await waitForHealthy(api, RECOVERY_BOUND_MS);
    const secondPostmaster = postmasterPid(dataDir);
    expect(secondPostmaster).not.toBe(firstPostmaster);
    expect(isAlive(secondPostmaster!)).toBe(true);
    // Senders did meet the outage, and the only error they met was the retryable one.
    expect([...errorCodes]).toEqual(['unavailable']);

    expect(acknowledged).toHaveLength(chats.length * messagesPerClient);
    const stored = await query<{ id: string; client_id: string; seq: number; conversation_id: string }>(
      `SELECT id, client_id, seq, conversation_id FROM conversation_messages WHERE conversation_id = ANY($1) AND author_type = 'customer'`,
      [chats.map(({ session }) => session.conversationId)],
    );
    for (const { conversationId, clientId, ack } of acknowledged) {
      const rows = stored.filter((row) => row.client_id === clientId);
      expect(rows.map((row) => ({ id: row.id, seq: Number(row.seq), conversationId: row.conversation_id }))).toEqual([
        { id: ack.id, seq: ack.seq, conversationId },
      ]);
    }
    expect(stored).toHaveLength(acknowledged.length);

    // Still a working app afterwards: a new visitor chats normally.
    const late = await widget(api);
    expect(await sendUntilStored(late.socket, 'hello again', randomUUID())).toMatchObject({ seq: expect.any(Number) });
  });

  it('starts again on the same data directory after being killed, with nothing lost and no PostgreSQL left behind', async () => {
    const first = await start();
    const email = `survivor-${randomUUID().slice(0, 8)}@example.com`;
    const registered = await fetch(`${first.baseUrl}/api/v1/auth/customers/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'survives a kill -9', name: 'Survivor', locale: 'en' }),
    });
    expect(registered.status).toBe(201);
    const { session, socket } = await widget(first);
    const ack = await socket.send('a message acknowledged before the kill');
    socket.close();

    // Killed with its watchdog too (as `kill -9` of the whole group would not, but an OOM kill of
    // both might): the postmaster is left running, and the next start has to deal with it.
    const leftover = postmasterPid(dataDir)!;
    for (const child of childrenOf(first.child.pid!).filter((pid) => pid !== leftover)) process.kill(child, 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isAlive(leftover)).toBe(true);

    const second = await start();
    expect(isAlive(leftover)).toBe(false);
    await expectDataKept(second, email, session, ack);

    // Killed alone: its watchdog stops the postmaster, nothing is left running.
    const orphan = postmasterPid(dataDir)!;
    second.child.kill('SIGKILL');
    await second.exited;
    await waitUntil(() => !isAlive(orphan), LEFTOVER_EXIT_BOUND_MS, `postmaster ${orphan} outlived its killed app`);

    const third = await start();
    await expectDataKept(third, email, session, ack);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  });

  it('exits non-zero, for a supervisor to restart it, when its PostgreSQL cannot be started again', async () => {
    const api = await start();
    // Read only at start: the running postmaster is fine, every restart fails.
    await appendFile(join(dataDir, 'pg', 'postgresql.conf'), '\nthis is not a setting\n');
    process.kill(postmasterPid(dataDir)!, 'SIGKILL');
    const code = await api.exited;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(api.output()).toMatch(/PostgreSQL keeps failing/);
  });

  it('with DATABASE_URL restarts no database, answers 503 while it is down and recovers its pools once it is back', async () => {
    const externalDatabase = () => startExternalPostgres(join(dataDir, 'external'), pgPort);
    let database = await externalDatabase();
    try {
      const api = await start({ DATABASE_URL: database.url });
      const { socket } = await widget(api);
      await socket.send('before the outage');

      await database.stop();
      const health = await fetch(`${api.baseUrl}/api/v1/health`);
      expect(health.status).toBe(503);
      expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
      const clientId = randomUUID();
      const refused = await socket.emit('message:send', { clientId, text: 'during the outage' });
      expect(refused).toEqual({ error: { code: 'unavailable', message: expect.any(String), retryAfterSeconds: expect.any(Number) } });
      expect(postmasterPid(join(dataDir, 'external'))).toBeUndefined(); // nobody started it again

      database = await externalDatabase();
      await waitForHealthy(api, RECOVERY_BOUND_MS);
      const retried = await socket.send('during the outage', clientId);
      expect(await socket.send('during the outage', clientId)).toEqual(retried);
      const stored = await query<{ n: number }>(`SELECT count(*)::int AS n FROM conversation_messages WHERE client_id = $1`, [clientId], join(dataDir, 'external'));
      expect(stored).toEqual([{ n: 1 }]);

      api.child.kill('SIGINT');
      expect(await api.exited).toBe(0);
    } finally {
      await database.stop();
    }
  });

  const expectDataKept = async (api: ApiProcess, email: string, session: WidgetSessionResponse, ack: MessageAck) => {
    const login = await fetch(`${api.baseUrl}/api/v1/auth/customers/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'survives a kill -9' }),
    });
    expect(login.status).toBe(200);
    // Reconnecting from seq 0 replays the conversation: the acknowledged message is there, once.
    const socket = await connect(api.baseUrl, '/widget', { token: session.visitorToken, lastSeq: 0 });
    sockets.push(socket);
    const replayed = await socket.next<{ id: string; seq: number }>('message:new', (message) => message.id === ack.id);
    expect(replayed.seq).toBe(ack.seq);
  };
});

/** First line of `<dataDir>/pg/postmaster.pid`: the running postmaster. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Direct children of a process, from /proc/<pid>/stat (field 4 is the parent pid). */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitUntil(condition: () => boolean, boundMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
