import { Socket } from 'socket.io';

/**
 * The client address of a socket, read as Fastify reads `request.ip`: behind a trusted proxy
 * (TRUST_PROXY) the first address of X-Forwarded-For, else the peer.
 */
export function socketClientAddress(socket: Socket, trustProxy: boolean): string {
  const forwarded = socket.handshake.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return trustProxy && first ? first : socket.handshake.address;
}
