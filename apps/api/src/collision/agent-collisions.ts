import { Injectable, OnModuleInit } from '@nestjs/common';
import { ClusterEventMap, COLLISION_EVENTS, CollisionAnnouncement, OkAck } from '@okpay/contracts';
import { EventBus } from '@okpay/database';
import { AgentNamespace, AgentSocket } from '../chat/chat-sockets';

type PresenceEvent = ClusterEventMap['collision.presence'];

/** What a socket has announced: who it is, and the tickets and chats it is on (typing or not). */
interface CollisionSocketData {
  collisions?: { readonly agent: { readonly id: string; readonly name: string }; readonly subjects: Map<string, { kind: PresenceEvent['kind']; id: string; typing: boolean }> };
}

const OK: OkAck = { ok: true };
const subjectRoom = (kind: string, id: string) => `collision:${kind}:${id}`;

/**
 * Collision detection: agents on the same ticket or chat see each other, typing too. Each state
 * goes on the event bus; every process passes it to the sockets it holds on that subject. A first
 * `viewing` goes out as `joined`, which every process answers with `present` for the agents it
 * holds there, so a newcomer learns who was there first. Nothing is stored: presence is live only.
 */
@Injectable()
export class AgentCollisions implements OnModuleInit {
  private namespace?: AgentNamespace;

  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.subscribe('collision.presence', (event) => this.relay(event));
  }

  /** The socket's agent; what it announced is withdrawn when it disconnects. */
  attach(socket: AgentSocket, agent: { readonly id: string; readonly name: string }): void {
    this.namespace ??= socket.nsp;
    (socket.data as CollisionSocketData).collisions = { agent, subjects: new Map() };
    socket.on('disconnect', () => {
      for (const subject of this.stateOf(socket).subjects.values()) this.publish(socket, subject.kind, subject.id, 'left');
    });
  }

  announce(socket: AgentSocket, { kind, id, state }: CollisionAnnouncement): OkAck {
    const { subjects } = this.stateOf(socket);
    const key = subjectRoom(kind, id);
    const known = subjects.get(key);
    if (state === 'left') {
      if (!known) return OK;
      subjects.delete(key);
      void socket.leave(key);
      this.publish(socket, kind, id, 'left');
      return OK;
    }
    if (!known) {
      subjects.set(key, { kind, id, typing: state === 'typing' });
      void socket.join(key);
      this.publish(socket, kind, id, 'joined');
      if (state === 'typing') this.publish(socket, kind, id, 'typing');
      return OK;
    }
    if (known.typing !== (state === 'typing')) {
      known.typing = state === 'typing';
      this.publish(socket, kind, id, state);
    }
    return OK;
  }

  private publish(socket: AgentSocket, kind: PresenceEvent['kind'], id: string, state: PresenceEvent['state']): void {
    const { agent } = this.stateOf(socket);
    this.events.publish('collision.presence', { kind, id, agentId: agent.id, name: agent.name, state });
  }

  /** To this process's sockets on the subject, other agents' only; a newcomer is answered by those already there. */
  private relay(event: PresenceEvent): void {
    const room = subjectRoom(event.kind, event.id);
    const shown = event.state === 'joined' || event.state === 'present' ? 'viewing' : event.state;
    const answered = new Set<string>();
    for (const socket of this.socketsIn(room)) {
      const state = this.stateOf(socket);
      if (state.agent.id === event.agentId) continue;
      socket.emit(COLLISION_EVENTS.presence, { kind: event.kind, id: event.id, agentId: event.agentId, name: event.name, state: shown });
      if (event.state !== 'joined' || answered.has(state.agent.id)) continue;
      answered.add(state.agent.id);
      const subject = state.subjects.get(room);
      this.publish(socket, event.kind, event.id, subject?.typing ? 'typing' : 'present');
    }
  }

  private socketsIn(room: string): AgentSocket[] {
    const ids = this.namespace?.adapter.rooms.get(room);
    if (!this.namespace || !ids) return [];
    return [...ids].map((id) => this.namespace!.sockets.get(id)).filter((socket): socket is AgentSocket => socket !== undefined);
  }

  private stateOf(socket: AgentSocket): NonNullable<CollisionSocketData['collisions']> {
    return (socket.data as CollisionSocketData).collisions!;
  }
}
