import { Logger } from '@nestjs/common';
import { CHAT_EVENTS, ChatErrorEvent } from '@okpay/contracts';
import { Socket } from 'socket.io';
import { toSocketError } from './socket-error-mapping';
import { SocketRateLimiter } from './socket-rate-limiter';

export interface SocketEventContext {
  /** Work to run once the acknowledgement has been sent (e.g. the history after an accept). */
  afterAck(work: () => Promise<void>): void;
}

export type SocketEventHandler = (payload: unknown, context: SocketEventContext) => Promise<unknown>;

export interface SocketEventRoute {
  readonly handle: SocketEventHandler;
  /** Rate-limit tokens the event costs (typing indicators cost little). */
  readonly cost?: number;
}

/**
 * Binds a socket's events to handlers: rate limit, then the handler, then the acknowledgement
 * with its result, or with `{error}` mapped by the socket error mapping. An event sent without an
 * ack callback that fails gets a `chat:error` event instead, so every failure carries a code.
 */
export function routeSocketEvents(socket: Socket, routes: Record<string, SocketEventRoute>, limiter: SocketRateLimiter, logger: Logger): void {
  for (const [event, route] of Object.entries(routes)) {
    socket.on(event, (...args: unknown[]) => {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: unknown) => void) : undefined;
      void handleOne(socket, event, route, args[0], ack, limiter, logger);
    });
  }
}

async function handleOne(
  socket: Socket,
  event: string,
  route: SocketEventRoute,
  payload: unknown,
  ack: ((answer: unknown) => void) | undefined,
  limiter: SocketRateLimiter,
  logger: Logger,
): Promise<void> {
  const afterAck: (() => Promise<void>)[] = [];
  try {
    limiter.take(route.cost ?? 1);
    const result = await route.handle(payload, { afterAck: (work) => afterAck.push(work) });
    ack?.(result ?? { ok: true });
  } catch (error) {
    const mapped = toSocketError(error);
    if (mapped.unexpected) logger.error({ err: error, event, socketId: socket.id }, 'socket event failed');
    if (ack) ack({ error: mapped.error });
    else socket.emit(CHAT_EVENTS.chatError, { event, ...mapped.error } satisfies ChatErrorEvent);
    return;
  }
  for (const work of afterAck) {
    await work().catch((error: unknown) => logger.error({ err: error, event, socketId: socket.id }, 'work after a socket ack failed'));
  }
}
