import { Logger } from '@nestjs/common';
import { ManualClock } from '@okpay/shared';
import { EventEmitter } from 'node:events';
import { ChatErrorEvent, OkAck, SocketAck } from '@okpay/contracts';
import { MAX_SOCKET_PAYLOAD_BYTES } from './chat-socket-adapter';
import { RoutedSocket, routeSocketEvents, SocketEventRoutes } from './socket-event-router';
import { SocketRateLimiter } from './socket-rate-limiter';

/** A one-event map, so the router is tested apart from the real namespaces. */
interface EchoEvents {
  echo: (payload: { text: string }, ack: SocketAck<OkAck>) => void;
}

/** An event whose answer depends on which socket asked. */
interface WhoAmIEvents {
  whoami: (payload: object, ack: SocketAck<{ visitor: string }>) => void;
}

/** Just what the router uses of a socket: incoming events for `onAny`, outgoing ones recorded. */
class FakeSocket implements RoutedSocket {
  readonly id = 'socket-1';
  readonly emitted: [string, unknown][] = [];
  private readonly incoming = new EventEmitter();

  onAny(listener: (event: string, ...args: unknown[]) => void): void {
    this.incoming.on('any', listener);
  }

  emit(event: string, error: ChatErrorEvent): boolean {
    this.emitted.push([event, error]);
    return true;
  }

  /** A client's event; resolves with its acknowledgement. */
  receive(event: string, payload: unknown): Promise<unknown> {
    return new Promise((resolve) => this.incoming.emit('any', event, payload, resolve));
  }

  /** A client's event sent without asking for an acknowledgement. */
  receiveWithoutAck(event: string, payload: unknown): void {
    this.incoming.emit('any', event, payload);
  }
}

describe('routeSocketEvents', () => {
  const handled: unknown[] = [];
  const socket = new FakeSocket();
  const limiter = new SocketRateLimiter({ burst: 1000, perMinute: 1000 }, new ManualClock('2027-01-06T02:00:00Z'));
  const echo = async (payload: unknown) => {
    handled.push(payload);
    return { ok: true } as const;
  };
  routeSocketEvents<EchoEvents>(socket, { echo: { handle: echo } }, limiter, new Logger('test'));

  beforeEach(() => handled.splice(0));

  it('acknowledges a routed event with its handler’s result', async () => {
    expect(await socket.receive('echo', { text: 'hi 😀' })).toEqual({ ok: true });
    expect(handled).toEqual([{ text: 'hi 😀' }]);
  });

  it.each([
    ['NUL', { text: 'a\u0000' }, 'invalid_characters'],
    ['an unpaired surrogate in a key', { ['k\ud800']: 1 }, 'invalid_characters'],
    ['deep nesting', JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100)), 'json_too_deep'],
    ['a payload over the app limit', { text: 'x'.repeat(MAX_SOCKET_PAYLOAD_BYTES) }, 'payload_too_large'],
  ])('refuses %s before the handler sees it', async (_name, payload, code) => {
    expect(await socket.receive('echo', payload)).toEqual({ error: expect.objectContaining({ code }) });
    expect(handled).toEqual([]);
  });

  it('answers an unknown event by ack, and by chat:error when no ack was asked for', async () => {
    expect(await socket.receive('no:such-event', {})).toEqual({ error: expect.objectContaining({ code: 'unknown_event' }) });
    expect(await socket.receive('__proto__', {})).toEqual({ error: expect.objectContaining({ code: 'unknown_event' }) });
    socket.receiveWithoutAck('no:ack-either', {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.emitted).toContainEqual(['chat:error', expect.objectContaining({ event: 'no:ack-either', code: 'unknown_event' })]);
  });

  it('hands each socket its own session, with routes shared by all sockets', async () => {
    const routes: SocketEventRoutes<WhoAmIEvents, { visitor: string }> = { whoami: { handle: async (_payload, { session }) => ({ visitor: session.visitor }) } };
    const first = new FakeSocket();
    const second = new FakeSocket();
    routeSocketEvents(first, routes, limiter, new Logger('test'), { visitor: 'first' });
    routeSocketEvents(second, routes, limiter, new Logger('test'), { visitor: 'second' });
    expect(await first.receive('whoami', {})).toEqual({ visitor: 'first' });
    expect(await second.receive('whoami', {})).toEqual({ visitor: 'second' });
  });
});
