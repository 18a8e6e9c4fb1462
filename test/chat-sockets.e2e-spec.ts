import { AgentPresenceChanged, ChatMessage, ConversationOffered, QueueUpdate } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { AgentPresenceService } from '@okpay/routing';
import { PostConversationMessageUseCase } from '@okpay/tickets';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { ChatClient, connect, expectAck, listen, newChatAgent, TestChatAgent, visitorSession } from './support/chat-clients';
import { startTestApp, TestApp } from './support/test-app';
import { agentToken, registerCustomer } from './support/wallet-fixtures';
import { PEOPLE_ONLY_CHAT } from './support/people-only-responder';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai: open

describe('live chat sockets', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let baseUrl: string;
  let db: DataSource;
  const clients: ChatClient[] = [];
  const track = (client: ChatClient) => {
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00, env: { CHAT_EVENT_BURST: '1000', CHAT_EVENTS_PER_MINUTE: '60000' }, overrides: PEOPLE_ONLY_CHAT });
    baseUrl = await listen(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    await db.query(`UPDATE chat_queue_entries SET status = 'closed', offered_agent_id = NULL, offer_expires_at = NULL WHERE status IN ('waiting', 'offered', 'assigned')`);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  const widget = async (token: string, extra: Record<string, unknown> = {}) => track(await connect(baseUrl, '/widget', { token, ...extra }));
  const agentSocket = async (agent: TestChatAgent) => track(await connect(baseUrl, '/agent', { token: agent.token }));
  const countMessages = async (conversationId: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM conversation_messages WHERE conversation_id = $1`, [conversationId]))[0].n as number;

  /** A visitor whose chat an agent has accepted. */
  const acceptedChat = async () => {
    const agent = await newChatAgent(t);
    const inbox = await agentSocket(agent);
    await inbox.untilOnline();
    const session = await visitorSession(t);
    const customer = await widget(session.visitorToken);
    await customer.send('I need a person, please');
    const offer = await inbox.next<ConversationOffered>('conversation:offered', (o) => o.conversationId === session.conversationId);
    expect(await inbox.emit('conversation:accept', { conversationId: session.conversationId })).toEqual({ ok: true });
    return { agent, inbox, session, customer, offer };
  };

  describe('handshake', () => {
    it('refuses a bad, a missing or a wrong kind of token with a code', async () => {
      await expect(connect(baseUrl, '/widget', { token: 'not-a-token' })).rejects.toMatchObject({ data: { code: 'invalid_token' } });
      await expect(connect(baseUrl, '/widget', {})).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
      await expect(connect(baseUrl, '/widget', { token: await agentToken(t) })).rejects.toMatchObject({ data: { code: 'forbidden' } });
      const visitor = await visitorSession(t);
      await expect(connect(baseUrl, '/agent', { token: visitor.visitorToken })).rejects.toMatchObject({ data: { code: 'forbidden' } });
    });

    it("opens agent sockets only to this app's own pages and to clients without an Origin", async () => {
      const agent = await newChatAgent(t);
      await expect(connect(baseUrl, '/agent', { token: agent.token }, 'https://evil.example')).rejects.toMatchObject({
        data: { code: 'forbidden_origin' },
      });
      await expect(connect(baseUrl, '/agent', { token: agent.token }, 'null')).rejects.toMatchObject({ data: { code: 'forbidden_origin' } });
      for (const origin of [undefined, baseUrl, t.app.get<AppConfig>(APP_CONFIG).publicUrl]) {
        const client = await connect(baseUrl, '/agent', { token: agent.token }, origin);
        client.socket.close();
      }
      // The widget lives on other sites' pages: its namespace stays open to any origin.
      const visitor = await visitorSession(t);
      (await connect(baseUrl, '/widget', { token: visitor.visitorToken }, 'https://shop.example')).socket.close();
    });

    it('lets a wallet customer in to their own conversation', async () => {
      const customer = await registerCustomer(t);
      const client = await widget(customer.token);
      const session = await client.next<{ conversationId: string; lastSeq: number }>('conversation:session');
      expect(session.lastSeq).toBe(0);
      const [row] = await db.query(`SELECT customer_id FROM conversations WHERE id = $1`, [session.conversationId]);
      expect(row.customer_id).toBe(customer.id);
    });
  });

  describe('sending', () => {
    it('acknowledges a stored message with its seq, and a resend of the same clientId with the same answer', async () => {
      const session = await visitorSession(t);
      const client = await widget(session.visitorToken);
      const first = await client.send('hello', 'client-1');
      const again = await client.send('hello', 'client-1');
      const second = await client.send('are you there?', 'client-2');
      expect(first).toEqual({ id: expect.any(String), seq: 1 });
      expect(again).toEqual(first);
      expect(second.seq).toBeGreaterThan(first.seq);
      const rows = await db.query(`SELECT client_id, seq FROM conversation_messages WHERE conversation_id = $1 AND author_type = 'customer' ORDER BY seq`, [
        session.conversationId,
      ]);
      expect(rows.map((r: { client_id: string }) => r.client_id)).toEqual(['client-1', 'client-2']);
    });

    it('echoes the customer message as message:new, as text', async () => {
      const session = await visitorSession(t);
      const client = await widget(session.visitorToken);
      const ack = await client.send('<img src=x onerror=alert(1)>');
      const echoed = await client.next<ChatMessage>('message:new', (m) => m.id === ack.id);
      expect(echoed).toMatchObject({ seq: ack.seq, conversationId: session.conversationId, author: { type: 'customer' }, text: '<img src=x onerror=alert(1)>' });
      expect(echoed).not.toHaveProperty('internal');
    });

    it('refuses bad input with coded errors', async () => {
      const session = await visitorSession(t);
      const client = await widget(session.visitorToken);
      expect(await client.emit('message:send', { text: 'no client id' })).toMatchObject({ error: { code: 'validation_failed' } });
      expect(await client.emit('message:send', { clientId: 'x', text: 'a'.repeat(4001) })).toMatchObject({ error: { code: 'message_too_long' } });
      expect(await client.emit('message:send', { clientId: 'y', text: '   ' })).toMatchObject({ error: { code: 'empty_message' } });
      expect(await client.emit('message:send', 'just a string')).toMatchObject({ error: { code: 'validation_failed' } });
      expect(await client.emit('message:send', { clientId: 'z', text: 'hi', extra: 1 })).toMatchObject({
        error: { code: 'validation_failed', errors: [expect.objectContaining({ field: 'extra', code: 'unknown_field' })] },
      });
      expect(await countMessages(session.conversationId)).toBe(0);
      // Without an ack callback, the failure still arrives with its code.
      client.socket.emit('message:send', { text: 42 });
      expect(await client.next('chat:error')).toMatchObject({ event: 'message:send', code: 'validation_failed' });
    });
  });

  describe('sending in batches', () => {
    it('stores messages sent all at once into many conversations, resends among them, once each with gapless seqs, acked with their stored seq', async () => {
      // Sent without waiting, so they are stored in shared batches (one statement for many conversations).
      const chats = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const session = await visitorSession(t);
          return { session, client: await widget(session.visitorToken) };
        }),
      );
      const sends = chats.flatMap(({ session, client }) =>
        Array.from({ length: 15 }, (_, i) => {
          const clientId = `b-${i}-${randomUUID().slice(0, 8)}`;
          const send = () => client.emit<{ id: string; seq: number }>('message:send', { clientId, text: `batch ${i}` });
          // Every third one is sent twice at once, as a retry racing its original.
          return Promise.all(i % 3 === 0 ? [send(), send()] : [send()]).then((answers) => ({ conversationId: session.conversationId, clientId, answers }));
        }),
      );
      for (const { conversationId, clientId, answers } of await Promise.all(sends)) {
        const [stored] = await db.query(`SELECT id, seq FROM conversation_messages WHERE conversation_id = $1 AND client_id = $2`, [conversationId, clientId]);
        for (const answer of answers) expect(expectAck(answer)).toEqual({ id: stored.id, seq: stored.seq });
      }
      for (const { session } of chats) {
        const rows = await db.query(`SELECT seq, author_type FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq`, [session.conversationId]);
        expect(rows.filter((r: { author_type: string }) => r.author_type === 'customer')).toHaveLength(15);
        expect(rows.map((r: { seq: number }) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
        const [{ last_seq }] = await db.query(`SELECT last_seq FROM conversations WHERE id = $1`, [session.conversationId]);
        expect(last_seq).toBe(rows.length);
      }
    });

    it('stores the customer messages of one event-loop turn, several conversations, with one statement and in submission order', async () => {
      const sessions = await Promise.all([1, 2, 3].map(() => visitorSession(t)));
      await Promise.all(sessions.map((session) => widget(session.visitorToken))); // the conversations start
      const [visitor] = await db.query(`SELECT visitor_id FROM conversations WHERE id = $1`, [sessions[0].conversationId]);
      const owners = await db.query(`SELECT id, visitor_id FROM conversations WHERE id = ANY($1)`, [sessions.map((s) => s.conversationId)]);
      expect(visitor.visitor_id).toBeTruthy();
      const post = t.app.get(PostConversationMessageUseCase);
      const query = jest.spyOn(db, 'query');
      try {
        const posted = await Promise.all(
          owners.flatMap((owner: { id: string; visitor_id: string }) =>
            [1, 2, 3, 4].map((i) => post.execute({ conversationId: owner.id, author: { type: 'customer', id: owner.visitor_id }, clientId: randomUUID(), text: `turn ${i}` })),
          ),
        );
        const inserts = query.mock.calls.filter(([sql]) => String(sql).includes('INSERT INTO conversation_messages'));
        expect(inserts).toHaveLength(1);
        for (const owner of owners as { id: string }[]) {
          const mine = posted.filter((p) => p.message.conversationId === owner.id);
          expect(mine.map((p) => p.message.body)).toEqual(['turn 1', 'turn 2', 'turn 3', 'turn 4']);
          const seqs = mine.map((p) => p.message.seq);
          expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
          expect(mine.every((p) => p.created)).toBe(true);
        }
      } finally {
        query.mockRestore();
      }
    });

    it('reopens a closed conversation for a customer message sent in a batch', async () => {
      const session = await visitorSession(t);
      const client = await widget(session.visitorToken);
      expectAck(await client.emit('message:send', { clientId: randomUUID(), text: 'first' }));
      await db.query(`UPDATE conversations SET status = 'closed', closed_at = now() WHERE id = $1`, [session.conversationId]);
      const [a, b] = await Promise.all(['again 1', 'again 2'].map((text) => client.emit<{ seq: number }>('message:send', { clientId: randomUUID(), text })));
      expect(new Set([expectAck(a).seq, expectAck(b).seq]).size).toBe(2);
      const [conversation] = await db.query(`SELECT status, closed_at FROM conversations WHERE id = $1`, [session.conversationId]);
      expect(conversation).toEqual({ status: 'open', closed_at: null });
    });
  });

  describe('presence', () => {
    it('tells every socket of the agent when their presence changes: by connecting, from another tab, and at the heartbeat timeout', async () => {
      const agent = await newChatAgent(t);
      const first = await agentSocket(agent);
      expect(await first.next<AgentPresenceChanged>('agent:presence')).toEqual({ presence: 'online' });
      // Already online: a second tab connecting changes nothing, so nothing is said.
      const second = await agentSocket(agent);
      await second.emit('agent:heartbeat', {});
      await t.http().put('/api/v1/agents/me/presence').auth(agent.token, { type: 'bearer' }).send({ presence: 'away' }).expect(200);
      for (const socket of [first, second]) {
        expect(await socket.next<AgentPresenceChanged>('agent:presence', (p) => p.presence === 'away')).toEqual({ presence: 'away' });
      }
      expect(second.events('agent:presence')).toEqual([{ presence: 'away' }]);

      const [{ last_heartbeat_at }] = await db.query(`SELECT last_heartbeat_at FROM agent_routing_profiles WHERE agent_id = $1`, [agent.id]);
      expect(await t.app.get(AgentPresenceService).heartbeatTimedOut({ agentId: agent.id, heartbeatAt: new Date(last_heartbeat_at).toISOString() })).toBe(true);
      for (const socket of [first, second]) {
        expect(await socket.next<AgentPresenceChanged>('agent:presence', (p) => p.presence === 'offline')).toEqual({ presence: 'offline' });
      }
    });
  });

  describe('routing', () => {
    it('offers a chat to a connected agent, who accepts it and gets its history, then new messages', async () => {
      const { inbox, session, customer, offer } = await acceptedChat();
      expect(offer.expiresAt).toBe('2027-01-06T02:00:30.000Z');
      const history = await inbox.messageCount(2);
      expect(history.map((m) => [m.seq, m.author.type])).toEqual([
        [1, 'customer'],
        [2, 'system'],
      ]);
      expect(history[0].text).toBe('I need a person, please');
      await customer.send('thanks');
      const later = await inbox.messageCount(3);
      expect(later[2]).toMatchObject({ seq: 3, text: 'thanks', internal: false });
      expect(await customer.next<QueueUpdate>('queue:update', (u) => u.position === 0)).toEqual({ position: 0 });
      // The chat is the agent's now: the bot does not answer the customer's message.
      const reply = await inbox.agentSend({ conversationId: session.conversationId, text: 'You are welcome.' });
      await customer.next<ChatMessage>('message:new', (m) => m.id === reply.id);
      expect(customer.messages.filter((m) => m.seq > 2).map((m) => [m.seq, m.author.type])).toEqual([
        [3, 'customer'],
        [4, 'agent'],
      ]);
    });

    it('never sends an internal note to the widget', async () => {
      const { inbox, session, customer } = await acceptedChat();
      const note = await inbox.agentSend({ conversationId: session.conversationId, text: 'customer seems upset (note)', internal: true });
      const reply = await inbox.agentSend({ conversationId: session.conversationId, text: 'Hello, how can I help?' });
      await customer.next<ChatMessage>('message:new', (m) => m.id === reply.id);
      expect(customer.messages.map((m) => m.text)).not.toContain('customer seems upset (note)');
      expect(customer.messages.some((m) => m.id === note.id)).toBe(false);
      // ... nor on a replay from the start.
      const replayed = await widget(session.visitorToken, { lastSeq: 0 });
      await replayed.next<ChatMessage>('message:new', (m) => m.id === reply.id);
      expect(replayed.messages.map((m) => m.id)).not.toContain(note.id);
      expect(await inbox.next<ChatMessage>('message:new', (m) => m.id === note.id)).toMatchObject({ internal: true });
      // A customer cannot write a note.
      expect(await customer.emit('message:send', { clientId: 'n1', text: 'x', internal: true })).toMatchObject({ error: { code: 'validation_failed' } });
    });

    it('only lets the owning agent reply', async () => {
      const { session } = await acceptedChat();
      const other = await agentSocket(await newChatAgent(t));
      expect(await other.emit('message:send', { clientId: 'o1', conversationId: session.conversationId, text: 'hi' })).toMatchObject({
        error: { code: 'chat_not_found' },
      });
    });
  });

  describe('reconnect', () => {
    // The time limit is only a safety net for a loaded machine; nothing here measures time.
    it('gives a customer who was offline for 50 agent messages all 50, in order, none twice', async () => {
      const { inbox, session, customer } = await acceptedChat();
      const before = await customer.next<ChatMessage>('message:new', (m) => m.author.type === 'system');
      const lastSeq = Math.max(...customer.messages.map((m) => m.seq));
      expect(lastSeq).toBe(before.seq);
      customer.close();

      const sent: number[] = [];
      for (let i = 1; i <= 50; i++) sent.push((await inbox.agentSend({ conversationId: session.conversationId, text: `reply ${i}` })).seq);

      const back = await widget(session.visitorToken, { lastSeq });
      // One more, live, while the replay may still be running: it must come after the 50.
      const live = await inbox.agentSend({ conversationId: session.conversationId, text: 'live one' });
      const received = await back.messageCount(51);
      expect(received.map((m) => m.text)).toEqual([...sent.map((_, i) => `reply ${i + 1}`), 'live one']);
      expect(received.map((m) => m.seq)).toEqual([...sent, live.seq]);
      expect(new Set(received.map((m) => m.id)).size).toBe(51);
    }, 60_000);

    it('stores exactly 200 messages when acks are lost and every send is retried', async () => {
      const session = await visitorSession(t);
      let client = await widget(session.visitorToken);
      const clientIds = Array.from({ length: 200 }, (_, i) => `m-${i}-${randomUUID().slice(0, 8)}`);
      const acks = new Map<string, { id: string; seq: number }>();
      for (const [i, clientId] of clientIds.entries()) {
        if (i % 10 === 0) {
          // The ack is lost: the connection drops right after the send.
          client.socket.emit('message:send', { clientId, text: `message ${i}` });
          client.close();
          client = await widget(session.visitorToken);
        }
        acks.set(clientId, expectAck(await client.emit<{ id: string; seq: number }>('message:send', { clientId, text: `message ${i}` })));
        if (i % 7 === 0) expect(expectAck(await client.emit('message:send', { clientId, text: `message ${i}` }))).toEqual(acks.get(clientId));
      }
      const rows = await db.query(`SELECT seq, author_type, client_id FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq`, [
        session.conversationId,
      ]);
      const customerRows = rows.filter((r: { author_type: string }) => r.author_type === 'customer');
      expect(customerRows).toHaveLength(200);
      expect(new Set(customerRows.map((r: { client_id: string }) => r.client_id))).toEqual(new Set(clientIds));
      // Seq has no gaps and no repeats, whoever wrote (the system may have said nobody is available).
      expect(rows.map((r: { seq: number }) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
      expect(new Set([...acks.values()].map((a) => a.id)).size).toBe(200);
    }, 60_000);
  });
});
