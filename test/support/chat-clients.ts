import { AgentDirectory } from '@okpay/auth';
import { AgentMessageSend, AgentPresenceChanged, ChatMessage, MessageAck, SocketErrorAck, WidgetSessionResponse } from '@okpay/contracts';
import { AgentPresenceService } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { TestApp } from './test-app';
import { agentLogin } from './wallet-fixtures';

/** Safety net only: a test waiting longer than this has failed (no test measures time). */
const WAIT_MS = 15_000;

/** Starts the test app's HTTP server on a free port (HTTP and socket.io share it). @returns its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A socket.io client that records every `message:new` and any named event. */
export class ChatClient {
  readonly messages: ChatMessage[] = [];
  private readonly received = new Map<string, unknown[]>();
  private readonly waiters: { event: string; predicate: (payload: unknown) => boolean; resolve: (payload: unknown) => void }[] = [];

  /** Why the socket last disconnected, as socket.io's client reports it. */
  disconnectReason?: string;

  constructor(readonly socket: Socket) {
    socket.on('disconnect', (reason) => {
      this.disconnectReason = reason;
    });
    socket.onAny((event: string, payload: unknown) => {
      if (event === 'message:new') this.messages.push(payload as ChatMessage);
      this.received.set(event, [...(this.received.get(event) ?? []), payload]);
      for (const waiter of [...this.waiters]) {
        if (waiter.event === event && waiter.predicate(payload)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(payload);
        }
      }
    });
  }

  events<T>(event: string): T[] {
    return (this.received.get(event) ?? []) as T[];
  }

  /** The next (or an already received) event matching the predicate. */
  next<T>(event: string, predicate: (payload: T) => boolean = () => true): Promise<T> {
    const seen = this.events<T>(event).find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} arrived`)), WAIT_MS);
      this.waiters.push({
        event,
        predicate: predicate as (payload: unknown) => boolean,
        resolve: (payload) => {
          clearTimeout(timer);
          resolve(payload as T);
        },
      });
    });
  }

  /**
   * An `/agent` socket of an agent who was offline: resolves once the server says connecting put
   * them online. The handshake ends before that commit, so an ack to anything sent meanwhile does
   * not mean it happened.
   */
  async untilOnline(): Promise<void> {
    await this.next<AgentPresenceChanged>('agent:presence', (change) => change.presence === 'online');
  }

  /** Waits until `message:new` has delivered `count` messages in all. */
  async messageCount(count: number): Promise<ChatMessage[]> {
    const deadline = Date.now() + WAIT_MS;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.messages.length} of ${count} messages arrived`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.messages;
  }

  emit<T = MessageAck>(event: string, payload: unknown): Promise<T | SocketErrorAck> {
    return this.socket.timeout(WAIT_MS).emitWithAck(event, payload);
  }

  async send(text: string, clientId: string = randomUUID()): Promise<MessageAck> {
    return expectAck(await this.emit<MessageAck>('message:send', { clientId, text }));
  }

  async agentSend(message: Omit<AgentMessageSend, 'clientId'> & { clientId?: string }): Promise<MessageAck> {
    return expectAck(await this.emit<MessageAck>('message:send', { clientId: randomUUID(), ...message }));
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function expectAck<T>(answer: T): Exclude<T, SocketErrorAck> {
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`socket error: ${JSON.stringify(answer.error)}`);
  return answer as Exclude<T, SocketErrorAck>;
}

/**
 * Connects; resolves once connected, rejects with the handshake error's data (`{code, message}`).
 * `origin` sends an Origin header, as a browser page on that origin would.
 */
export function connect(baseUrl: string, namespace: '/widget' | '/agent', auth: Record<string, unknown>, origin?: string): Promise<ChatClient> {
  const socket = io(`${baseUrl}${namespace}`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(origin ? { extraHeaders: { origin } } : {}),
  });
  const client = new ChatClient(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });
}

export async function visitorSession(t: TestApp, locale: 'en' | 'zh-CN' = 'en'): Promise<WidgetSessionResponse> {
  return (await t.http().post('/api/v1/widget/sessions').send({ locale }).expect(201)).body;
}

export interface TestChatAgent {
  readonly id: string;
  readonly token: string;
  readonly name: string;
}

/** A new agent (chat capacity as given, both languages). */
export async function newChatAgent(t: TestApp, capacity = 3): Promise<TestChatAgent> {
  const email = `chat-${randomUUID().slice(0, 8)}@okpay.test`;
  const name = `Agent ${email.slice(5, 9)}`;
  const agent = await t.app.get(AgentDirectory).create({ email, name, role: 'agent', password: 'agent-test-password' });
  await t.app.get(AgentPresenceService).changeProfile(agent.id, { chatCapacity: capacity, languages: ['zh-CN', 'en'] });
  return { id: agent.id, name, token: await agentLogin(t, email, 'agent-test-password') };
}
