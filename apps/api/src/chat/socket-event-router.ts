import { Logger } from '@nestjs/common';
import { ApiErrorCode, CHAT_EVENTS, ChatErrorEvent, OkAck, SocketAckAnswer } from '@okpay/contracts';
import { assertSafeInput, DomainError } from '@okpay/shared';
import { MAX_SOCKET_PAYLOAD_BYTES } from './chat-socket-adapter';
import { toSocketError } from './socket-error-mapping';
import { SocketRateLimiter } from './socket-rate-limiter';

export interface SocketEventContext<Session = unknown> {
  /** What the socket's connection established (who it is, its conversation), given to `routeSocketEvents`. */
  readonly session: Session;
  /** Work to run once the acknowledgement has been sent (e.g. the history after an accept). */
  afterAck(work: () => Promise<void>): void;
}

/** What a handler resolves to: the acknowledgement's answer (an `OkAck` may be left to the router). */
export type SocketEventResult<Answer> = OkAck extends Answer ? Answer | void : Answer;

/** The payload arrives as the client sent it (untrusted), so each handler parses it. */
export type SocketEventHandler<Answer = unknown, Session = unknown> = (payload: unknown, context: SocketEventContext<Session>) => Promise<SocketEventResult<Answer>>;

export interface SocketEventRoute<Answer = unknown, Session = unknown> {
  readonly handle: SocketEventHandler<Answer, Session>;
  /** Rate-limit tokens the event costs (typing indicators cost little). */
  readonly cost?: number;
}

/**
 * One route per client event of a namespace's map, each answering with that event's acknowledgement.
 * Routes that read the socket's own state from the context's `session` can be built once and
 * shared by every socket of a namespace, instead of a set of closures per connection.
 */
export type SocketEventRoutes<ClientEvents, Session = unknown> = {
  readonly [Event in keyof ClientEvents]: SocketEventRoute<SocketAckAnswer<ClientEvents[Event]>, Session>;
};

/** What the router uses of a socket (either namespace's). */
export interface RoutedSocket {
  readonly id: string;
  onAny(listener: (event: string, ...args: unknown[]) => void): unknown;
  emit(event: typeof CHAT_EVENTS.chatError, error: ChatErrorEvent): boolean;
}

/** An event no route serves: answered like any failure, and it costs a token like any event. */
const UNKNOWN_EVENT: SocketEventRoute = {
  handle: () => Promise.reject(new DomainError<ApiErrorCode>('unknown_event', 'No such event.')),
};

/**
 * Binds a socket's events to handlers: rate limit, then the payload's size, depth and characters,
 * then the handler, then the acknowledgement with its result, or with `{error}` mapped by the
 * socket error mapping. An event sent without an ack callback that fails gets a `chat:error`
 * event instead, so every failure (an unknown event too) carries a code.
 */
export function routeSocketEvents<ClientEvents, Session = undefined>(
  socket: RoutedSocket,
  routes: SocketEventRoutes<ClientEvents, Session>,
  limiter: SocketRateLimiter,
  logger: Logger,
  session?: Session,
): void {
  // Looked up by the name the client sent, which may be any string.
  const byName = routes as Readonly<Record<string, SocketEventRoute<unknown, Session>>>;
  socket.onAny((event: string, ...args: unknown[]) => {
    const route = Object.hasOwn(byName, event) ? byName[event] : UNKNOWN_EVENT;
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: unknown) => void) : undefined;
    void handleOne(socket, String(event), route, args, ack, limiter, logger, session as Session);
  });
}

/** Every argument within the app's size limit (the engine's own cap is far higher, so that this answers), depth and characters. */
function assertAcceptablePayload(args: unknown[]): void {
  for (const arg of args) assertSafeInput(arg);
  if (Buffer.byteLength(JSON.stringify(args)) > MAX_SOCKET_PAYLOAD_BYTES) {
    throw new DomainError<ApiErrorCode>('payload_too_large', `A socket payload may be at most ${MAX_SOCKET_PAYLOAD_BYTES} bytes.`);
  }
}

async function handleOne<Session>(
  socket: RoutedSocket,
  event: string,
  route: SocketEventRoute<unknown, Session>,
  args: unknown[],
  ack: ((answer: unknown) => void) | undefined,
  limiter: SocketRateLimiter,
  logger: Logger,
  session: Session,
): Promise<void> {
  const afterAck: (() => Promise<void>)[] = [];
  try {
    limiter.take(route.cost ?? 1);
    assertAcceptablePayload(args);
    const result = await route.handle(args[0], { session, afterAck: (work) => afterAck.push(work) });
    ack?.(result ?? { ok: true });
  } catch (error) {
    const mapped = toSocketError(error);
    if (mapped.unexpected) logger.error({ err: error, event, socketId: socket.id }, 'socket event failed');
    if (ack) ack({ error: mapped.error });
    else socket.emit(CHAT_EVENTS.chatError, { event, ...mapped.error });
    return;
  }
  for (const work of afterAck) {
    await work().catch((error: unknown) => logger.error({ err: error, event, socketId: socket.id }, 'work after a socket ack failed'));
  }
}
