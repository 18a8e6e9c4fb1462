import { ApiErrorCode } from '@okpay/contracts';
import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { APP_CONFIG, AppConfig, DomainError } from '@okpay/shared';
import { createAdapter } from '@socket.io/postgres-adapter';
import { ClusterLink } from '../cluster/cluster-link';
import { toHandshakeError } from './socket-error-mapping';

/** The app's limit on one event's arguments: a longest message, with room to spare. */
export const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;

/**
 * The engine's hard cap on a frame. A frame above it is dropped with the connection, without a
 * word, so it sits well above the app's own limit: anything between the two is answered
 * `payload_too_large` by the event router and the socket stays up.
 */
export const MAX_SOCKET_FRAME_BYTES = 4 * 1024 * 1024;

/**
 * socket.io as the gateways need it: the frame cap above, and the root namespace `/`, which no
 * gateway serves, refused at the handshake (socket.io would otherwise accept anyone there). When
 * other processes share the database, rooms and broadcasts span them all through socket.io's
 * PostgreSQL adapter. A process without the `api` role takes no socket connections at all.
 */
export class ChatSocketAdapter extends IoAdapter {
  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  // Typed through the base class: @nestjs/platform-socket.io brings its own copy of socket.io's types.
  override createIOServer(...[port, options]: Parameters<IoAdapter['createIOServer']>): ReturnType<IoAdapter['createIOServer']> {
    const servesSockets = this.app.get<AppConfig>(APP_CONFIG).roles.includes('api');
    const server = super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: MAX_SOCKET_FRAME_BYTES,
      ...(servesSockets ? {} : { allowRequest: (_request: unknown, answer: (error: string | null | undefined, allowed: boolean) => void) => answer('not an api process', false) }),
    } as typeof options);
    const cluster = this.app.get(ClusterLink);
    if (cluster.pool) server.adapter(createAdapter(cluster.pool) as unknown as Parameters<typeof server.adapter>[0]);
    server.of('/').use((_socket, next) => next(toHandshakeError(new DomainError<ApiErrorCode>('unknown_namespace', 'Connect to /widget or /agent.'))));
    return server;
  }

  /**
   * The gateways route their events themselves (`routeSocketEvents`), never with
   * `@SubscribeMessage`, so there is nothing to bind; Nest's default would still build a
   * disconnect stream for every socket.
   */
  override bindMessageHandlers(...args: Parameters<IoAdapter['bindMessageHandlers']>): void {
    const [, handlers] = args;
    if (handlers.length > 0) super.bindMessageHandlers(...args);
  }
}
