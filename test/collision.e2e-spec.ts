import { AgentDirectory } from '@okpay/auth';
import { CollisionPresence, COLLISION_EVENTS } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { ChatClient, connect, expectAck, listen } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';
import { agentLogin } from './support/wallet-fixtures';

/** Two agents on one ticket: each sees the other (typing too), across two api processes; a stale reply is refused until sent anyway. */
describe('collision detection', () => {
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let secondUrl: string;

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    // DATABASE_URL makes each app one process of a cluster: the event bus crosses through PostgreSQL.
    first = await startTestApp({ databaseUrl, env: { DATABASE_URL: databaseUrl } });
    second = await startTestApp({ databaseUrl, env: { DATABASE_URL: databaseUrl }, seed: false });
    firstUrl = await listen(first);
    secondUrl = await listen(second);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const newAgent = async (name: string) => {
    const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@okpay.test`;
    const agent = await first.app.get(AgentDirectory).create({ email, name, role: 'agent', password: 'agent-test-password' });
    return { id: agent.id, name, token: await agentLogin(first, email, 'agent-test-password') };
  };
  const announce = async (client: ChatClient, subject: { kind: 'ticket' | 'conversation'; id: string }, state: 'viewing' | 'typing' | 'left') =>
    expectAck(await client.emit(COLLISION_EVENTS.announce, { ...subject, state }));
  /** The next such presence the client receives after those it has already (an earlier `left` does not count for a later one). */
  const presence = async (client: ChatClient, agentId: string, state: CollisionPresence['state']): Promise<CollisionPresence> => {
    const matches = () => client.events<CollisionPresence>(COLLISION_EVENTS.presence).filter((p) => p.agentId === agentId && p.state === state);
    const seen = expectedCounts.get(client)?.get(`${agentId}:${state}`) ?? 0;
    await client.next<CollisionPresence>(COLLISION_EVENTS.presence, () => matches().length > seen);
    const counts = expectedCounts.get(client) ?? new Map<string, number>();
    counts.set(`${agentId}:${state}`, seen + 1);
    expectedCounts.set(client, counts);
    return matches()[seen];
  };
  const expectedCounts = new Map<ChatClient, Map<string, number>>();

  it('shows agents on the same ticket to each other, typing too, on different processes', async () => {
    const ana = await newAgent('Ana');
    const bo = await newAgent('Bo');
    const ticket = (await first.http().post('/api/v1/tickets').auth(ana.token, { type: 'bearer' }).send({ subject: 'Refund', body: 'Where is my refund?' }).expect(201)).body;
    const other = (await first.http().post('/api/v1/tickets').auth(ana.token, { type: 'bearer' }).send({ subject: 'Other', body: 'Something else' }).expect(201)).body;
    const subject = { kind: 'ticket' as const, id: ticket.id };
    const anaSocket = await connect(firstUrl, '/agent', { token: ana.token }, firstUrl);
    const boSocket = await connect(secondUrl, '/agent', { token: bo.token }, secondUrl);

    await announce(anaSocket, subject, 'viewing');
    await announce(boSocket, { kind: 'ticket', id: other.id }, 'viewing');
    await announce(boSocket, subject, 'viewing');
    expect(await presence(anaSocket, bo.id, 'viewing')).toEqual({ ...subject, agentId: bo.id, name: 'Bo', state: 'viewing' });
    expect(await presence(boSocket, ana.id, 'viewing')).toEqual({ ...subject, agentId: ana.id, name: 'Ana', state: 'viewing' });

    await announce(anaSocket, subject, 'typing');
    expect(await presence(boSocket, ana.id, 'typing')).toMatchObject({ ...subject, name: 'Ana' });
    await announce(anaSocket, subject, 'viewing');
    await announce(boSocket, subject, 'left');
    expect(await presence(anaSocket, bo.id, 'left')).toMatchObject(subject);
    // Nobody hears of themselves, and nothing of a ticket they are not on.
    expect(anaSocket.events<CollisionPresence>(COLLISION_EVENTS.presence).map((p) => p.agentId)).not.toContain(ana.id);
    expect(boSocket.events<CollisionPresence>(COLLISION_EVENTS.presence).map((p) => p.id)).not.toContain(other.id);

    await announce(boSocket, subject, 'viewing');
    await presence(anaSocket, bo.id, 'viewing');
    boSocket.close(); // a closed inbox leaves everything it was on
    expect(await presence(anaSocket, bo.id, 'left')).toMatchObject(subject);
    const bad = await anaSocket.emit(COLLISION_EVENTS.announce, { kind: 'invoice', id: ticket.id, state: 'viewing' });
    expect(bad).toMatchObject({ error: { code: 'validation_failed' } });
    anaSocket.close();
  });

  it('deactivating an agent on one process closes their sockets on the other', async () => {
    const leaver = await newAgent('Lee');
    const socket = await connect(secondUrl, '/agent', { token: leaver.token }, secondUrl);
    const disconnected = new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    const admin = await agentLogin(first, 'admin@okpay.test', 'admin-demo-password');
    await first.http().post(`/api/v1/admin/agents/${leaver.id}/deactivation`).auth(admin, { type: 'bearer' }).expect(200);
    expect(await disconnected).toBe('io server disconnect');
  });

  it('refuses a reply to a ticket that changed since the agent opened it, until they send it anyway', async () => {
    const ana = await newAgent('Ana');
    const bo = await newAgent('Bo');
    const ticket = (await first.http().post('/api/v1/tickets').auth(ana.token, { type: 'bearer' }).send({ subject: 'Card', body: 'Card declined' }).expect(201)).body;
    const seen = (await first.http().get(`/api/v1/tickets/${ticket.id}`).auth(ana.token, { type: 'bearer' }).expect(200)).body;

    first.clock.advance(60_000);
    await first.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(bo.token, { type: 'bearer' }).send({ body: 'Looking into it', seenUpdatedAt: seen.updatedAt }).expect(201);
    const stale = await first.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(ana.token, { type: 'bearer' }).send({ body: 'On it!', seenUpdatedAt: seen.updatedAt });
    expectProblem(stale, 409, 'ticket_changed');
    const latest = (await first.http().get(`/api/v1/tickets/${ticket.id}`).auth(ana.token, { type: 'bearer' }).expect(200)).body;
    expect(stale.body.updatedAt).toBe(latest.updatedAt);
    expect(latest.messages.map((m: { body: string }) => m.body)).toEqual(['Card declined', 'Looking into it']);

    expectProblem(await first.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(ana.token, { type: 'bearer' }).send({ body: 'x', seenUpdatedAt: 'yesterday' }), 400, 'validation_failed');
    // Sending anyway: without the version, or with the one just read.
    await first.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(ana.token, { type: 'bearer' }).send({ body: 'On it!', seenUpdatedAt: latest.updatedAt }).expect(201);
  });
});
