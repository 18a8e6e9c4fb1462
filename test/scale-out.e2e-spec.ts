import { ChatMessage, ConversationOffered, MessageAck, WidgetSessionResponse } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from './support/api-process';
import { ChatClient, connect, expectAck } from './support/chat-clients';
import { sendToListener } from './support/mail';
import { SharedDatabase, startSharedDatabase } from './support/shared-database';

/** Safety net only: a test waiting longer than this has failed (no test measures time). */
const WAIT_MS = 30_000;

/**
 * Several processes on one PostgreSQL (`npm run db`): two `api` processes and one `worker,mail`.
 * Everything a person sees must not depend on which process they reached.
 */
describe('scale-out on one PostgreSQL', () => {
  jest.setTimeout(240_000);
  let root: string;
  let database: SharedDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let worker: ApiProcess;
  let smtpPort: number;
  const sockets: ChatClient[] = [];
  const processes: ApiProcess[] = [];

  const shared = {
    AUTH_TOKEN_SECRET: 'scale-out-test-token-secret-0123456789abcdef',
    WIDGET_IDENTITY_SECRET: 'scale-out-test-widget-secret-0123456789abcdef',
    // Wednesday 10:00 in Shanghai, moving on from there: the support calendar is open.
    CLOCK_START: '2027-01-06T10:00:00+08:00',
    CHAT_EVENT_BURST: '10000',
    CHAT_EVENTS_PER_MINUTE: '100000',
  };

  const start = async (name: string, roles: string, env: Record<string, string> = {}): Promise<ApiProcess> => {
    const dataDir = join(root, name);
    const api = spawnApi({ ...shared, DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: String(await freePort()), ROLES: roles, ...env });
    processes.push(api);
    return api;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'okpay-scale-'));
    await chmod(root, 0o755);
    database = await startSharedDatabase(join(root, 'db'));
    smtpPort = await freePort();
    // Started together: migrations, job queues and the demo seed must not race.
    [a, b, worker] = await Promise.all([start('a', 'api'), start('b', 'api'), start('worker', 'worker,mail', { SMTP_INGEST_PORT: String(smtpPort) })]);
    await Promise.all(processes.map((api) => waitForHealthy(api, 90_000)));
  });

  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const api of processes) {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGINT');
      await api.exited;
    }
    await database?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const track = (client: ChatClient) => {
    sockets.push(client);
    return client;
  };
  const call = async <T>(api: ApiProcess, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${api.baseUrl}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const agentLogin = async (api: ApiProcess) =>
    (await call<{ token: string }>(api, 'POST', '/auth/agents/login', undefined, { email: 'agent@okpay.test', password: 'agent-demo-password' })).body.token;
  /** Waits until the client holds a message with each id (bounded; no test measures time). */
  const hasAll = async (client: ChatClient, ids: readonly string[]) => {
    const deadline = Date.now() + WAIT_MS;
    const missing = () => ids.filter((id) => !client.messages.some((m) => m.id === id));
    while (missing().length > 0) {
      if (Date.now() > deadline) throw new Error(`never arrived: ${missing().join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const inOrderOnce = (messages: readonly ChatMessage[]) => {
    const seqs = messages.map((m) => m.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  };

  it('says on /health which roles each process runs; a worker serves nothing else', async () => {
    expect((await call(a, 'GET', '/health')).body).toEqual({ status: 'ok', roles: ['api'], database: 'up', jobQueue: 'up' });
    expect((await call(b, 'GET', '/health')).body).toEqual({ status: 'ok', roles: ['api'], database: 'up', jobQueue: 'up' });
    expect((await call(worker, 'GET', '/health')).body).toEqual({ status: 'ok', roles: ['worker', 'mail'], database: 'up', jobQueue: 'up' });
    expect(await call(worker, 'POST', '/widget/sessions', undefined, { locale: 'en' })).toMatchObject({ status: 404, body: { code: 'route_not_found' } });
    await expect(connect(worker.baseUrl, '/widget', { token: 'any' })).rejects.toThrow();
  });

  it('migrated once and stored one bot model for every process, though all three started together', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query(`SELECT count(*)::int AS n FROM bot_models`)).rows).toEqual([{ n: 1 }]);
      const { rows } = await client.query(`SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name HAVING count(*) > 1`);
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('turns a mail taken by the mail process into a ticket both api processes show, triaged and acknowledged by the worker', async () => {
    const subject = `Scale-out mail ${randomUUID()}`;
    await sendToListener(smtpPort, { from: 'Wei Zhang <wei.zhang@example.com>', to: 'support@okpay.test', subject, text: 'My top-up is missing.' });
    const token = await agentLogin(b);
    for (const api of [a, b]) {
      const { body } = await call<{ items: { subject: string }[] }>(api, 'GET', '/tickets?limit=50', token);
      expect(body.items.map((ticket) => ticket.subject)).toContain(subject);
    }
    // The triage job runs on the worker's queue after the 250: its acknowledgement shows it ran.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const acknowledgements = async () =>
        (
          await client.query(
            `SELECT o.id FROM email_messages i JOIN email_messages o ON o.ticket_id = i.ticket_id AND o.kind = 'acknowledgement'
             WHERE i.direction = 'inbound' AND i.subject = $1 AND i.triaged_at IS NOT NULL`,
            [subject],
          )
        ).rowCount;
      while ((await acknowledgements()) === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await acknowledgements()).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('hands a chat over on one process to an agent on another, live both ways, replayed once on reconnect, and loses nothing acknowledged when a process is killed', async () => {
    const agentToken = await agentLogin(b);
    const inbox = track(await connect(b.baseUrl, '/agent', { token: agentToken }));
    await inbox.untilOnline();

    const session = (await call<WidgetSessionResponse>(a, 'POST', '/widget/sessions', undefined, { locale: 'en' })).body;
    const onA = track(await connect(a.baseUrl, '/widget', { token: session.visitorToken }));
    // The handover is decided on A; the agent's socket is on B.
    expect((await call(a, 'POST', '/chat-queue/requests', session.visitorToken, { language: 'en' })).body).toMatchObject({ admitted: true });
    await inbox.next<ConversationOffered>('conversation:offered', (offer) => offer.conversationId === session.conversationId);
    expect(await inbox.emit('conversation:accept', { conversationId: session.conversationId })).toEqual({ ok: true });

    const fromAgent = expectAck(await inbox.emit<MessageAck>('message:send', { clientId: randomUUID(), conversationId: session.conversationId, text: 'Hello from B' }));
    await hasAll(onA, [fromAgent.id]);
    const fromVisitor = await onA.send('Hello from A');
    await hasAll(inbox, [fromVisitor.id]);

    // The visitor drops; the agent goes on; the visitor comes back on B from the last seq it saw.
    const lastSeen = Math.max(...onA.messages.map((m) => m.seq));
    onA.close();
    const missed: string[] = [];
    for (const text of ['While you were away 1', 'While you were away 2', 'While you were away 3']) {
      missed.push(expectAck(await inbox.emit<MessageAck>('message:send', { clientId: randomUUID(), conversationId: session.conversationId, text })).id);
    }
    const onB = track(await connect(b.baseUrl, '/widget', { token: session.visitorToken, lastSeq: lastSeen }));
    await hasAll(onB, missed);
    const live = expectAck(await inbox.emit<MessageAck>('message:send', { clientId: randomUUID(), conversationId: session.conversationId, text: 'Live again' }));
    await hasAll(onB, [live.id]);
    expect(onB.messages.map((m) => m.id)).toEqual([...missed, live.id]);
    inOrderOnce(onB.messages);

    // A second tab of the visitor on A: A is killed while it sends.
    const secondTab = track(await connect(a.baseUrl, '/widget', { token: session.visitorToken, lastSeq: live.seq }));
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) acknowledged.push((await secondTab.send(`Before the crash ${i}`)).id);
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      secondTab.emit<MessageAck>('message:send', { clientId: randomUUID(), text: `During the crash ${i}` }).then(
        (ack) => {
          if (ack && 'id' in ack) acknowledged.push(ack.id);
        },
        () => undefined,
      ),
    );
    await secondTab.next('message:new', (m: ChatMessage) => m.text === 'During the crash 0');
    a.child.kill('SIGKILL');
    await a.exited;
    await Promise.all(inFlight);

    // Every acknowledged message is stored, and reaches the agent (a later message closes any gap
    // a notification lost with A would have left).
    const stored = (await call<{ items: { id: string }[] }>(b, 'GET', `/conversations/${session.conversationId}/messages?afterSeq=0&limit=200`, agentToken)).body.items.map((m) => m.id);
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    const after = await onB.send('After the crash');
    await hasAll(inbox, [...acknowledged, after.id]);
    inOrderOnce(inbox.messages);
    await hasAll(onB, [...acknowledged, after.id]);
    inOrderOnce(onB.messages);
  });

});
