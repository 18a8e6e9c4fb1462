import { ChatMessage, ConversationOffered, HandoffUnavailable } from '@okpay/contracts';
import { DataSource } from 'typeorm';
import { ChatClient, connect, listen, newChatAgent, visitorSession } from './support/chat-clients';
import { startTestApp, TestApp } from './support/test-app';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai: open
const FRIDAY_19_00 = '2027-01-08T11:00:00Z'; // Shanghai: closed until Monday 09:00

/** The bot in live chat: it answers first, then hands over through the chat's own routing. */
describe('bot in live chat', () => {
  let t: TestApp;
  let baseUrl: string;
  let db: DataSource;
  const clients: ChatClient[] = [];
  const widget = async (token: string) => {
    const client = await connect(baseUrl, '/widget', { token });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    baseUrl = await listen(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  it('answers a question from the article, then queues the chat for an agent on request', async () => {
    const agent = await newChatAgent(t);
    const agentSocket = await connect(baseUrl, '/agent', { token: agent.token });
    clients.push(agentSocket);
    await agentSocket.untilOnline();
    const session = await visitorSession(t, 'zh-CN');
    const customer = await widget(session.visitorToken);

    await customer.send('充值一般多久到账');
    const answer = await customer.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
    expect(answer.text.length).toBeGreaterThan(50);
    expect(await db.query(`SELECT 1 FROM chat_queue_entries WHERE conversation_id = $1`, [session.conversationId])).toHaveLength(0);

    await customer.send('转人工');
    await customer.next<ChatMessage>('message:new', (m) => m.author.type === 'bot' && m.text.includes('人工'));
    const offer = await agentSocket.next<ConversationOffered>('conversation:offered');
    expect(offer.conversationId).toBe(session.conversationId);
  });

  it('out of hours, hands over to "leave a message" once, without a ticket of its own', async () => {
    t.clock.set(FRIDAY_19_00);
    const session = await visitorSession(t, 'en');
    const customer = await widget(session.visitorToken);
    const ticketsBefore = await db.query(`SELECT count(*)::int AS n FROM tickets`);

    await customer.send('I want to talk to a real person');
    const unavailable = await customer.next<HandoffUnavailable>('conversation:unavailable');
    expect(unavailable).toEqual({ reason: 'closed', nextOpening: '2027-01-11T01:00:00.000Z' });
    const bot = customer.messages.filter((m) => m.author.type === 'bot');
    expect(bot).toHaveLength(1);
    expect(bot[0].text).toContain('getting you a person');
    // The ticket comes from the message the customer leaves, not from the bot as well.
    expect(await db.query(`SELECT count(*)::int AS n FROM tickets`)).toEqual(ticketsBefore);
  });
});
