import { Logger } from '@nestjs/common';
import { ApiErrorCode, CHAT_EVENTS, ChatErrorEvent, OkAck, SocketAckAnswer } from '@okpay/contracts';
import { assertSafeInput, DomainError } from '@okpay/shared';
import { MAX_SOCKET_PAYLOAD_BYTES } from './chat-socket-adapter';
import { toSocketError } from './socket-error-mapping';
import { SocketRateLimiter } from './socket-rate-limiter';

export interface SocketEventContext {
  /** Work to run once the acknowledgement has been sent (e.g. the history after an accept). */
  afterAck(work: () => Promise<void>): void;
}

/** What a handler resolves to: the acknowledgement's answer (an `OkAck` may be left to the router). */
export type SocketEventResult<Answer> = OkAck extends Answer ? Answer | void : Answer;

/** The payload arrives as the client sent it (untrusted), so each handler parses it. */
export type SocketEventHandler<Answer = unknown> = (payload: unknown, context: SocketEventContext) => Promise<SocketEventResult<Answer>>;

export interface SocketEventRoute<Answer = unknown> {
  readonly handle: SocketEventHandler<Answer>;
  /** Rate-limit tokens the event costs (typing indicators cost little). */
  readonly cost?: number;
}

/** One route per client event of a namespace's map, each answering with that event's acknowledgement. */
export type SocketEventRoutes<ClientEvents> = { readonly [Event in keyof ClientEvents]: SocketEventRoute<SocketAckAnswer<ClientEvents[Event]>> };

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
export function routeSocketEvents<ClientEvents>(socket: RoutedSocket, routes: SocketEventRoutes<ClientEvents>, limiter: SocketRateLimiter, logger: Logger): void {
  // Looked up by the name the client sent, which may be any string.
  const byName = routes as Readonly<Record<string, SocketEventRoute>>;
  socket.onAny((event: string, ...args: unknown[]) => {
    const route = Object.hasOwn(byName, event) ? byName[event] : UNKNOWN_EVENT;
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: unknown) => void) : undefined;
    void handleOne(socket, String(event), route, args, ack, limiter, logger);
  });
}

/** Every argument within the app's size limit (the engine's own cap is far higher, so that this answers), depth and characters. */
function assertAcceptablePayload(args: unknown[]): void {
  for (const arg of args) assertSafeInput(arg);
  if (Buffer.byteLength(JSON.stringify(args)) > MAX_SOCKET_PAYLOAD_BYTES) {
    throw new DomainError<ApiErrorCode>('payload_too_large', `A socket payload may be at most ${MAX_SOCKET_PAYLOAD_BYTES} bytes.`);
  }
}

async function handleOne(
  socket: RoutedSocket,
  event: string,
  route: SocketEventRoute,
  args: unknown[],
  ack: ((answer: unknown) => void) | undefined,
  limiter: SocketRateLimiter,
  logger: Logger,
): Promise<void> {
  const afterAck: (() => Promise<void>)[] = [];
  try {
    limiter.take(route.cost ?? 1);
    assertAcceptablePayload(args);
    const result = await route.handle(args[0], { afterAck: (work) => afterAck.push(work) });
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
