import { SocketAck } from './socket-ack';
import { OkAck } from './chat';

/** Agents working on the same ticket or chat see each other (collision detection, on `/agent`). */
export const COLLISION_EVENTS = {
  /** Inbox → server: the agent opened, is typing on, stopped typing on, or left a ticket or chat. */
  announce: 'collision:announce',
  /** Server → inbox: another agent's state on a ticket or chat this socket announced itself on. */
  presence: 'collision:presence',
} as const;

export type CollisionSubjectKind = 'ticket' | 'conversation';

export interface CollisionSubject {
  readonly kind: CollisionSubjectKind;
  readonly id: string;
}

/** What an agent says of themselves: `viewing` (opened it, or stopped typing), `typing`, or `left`. */
export interface CollisionAnnouncement {
  kind: CollisionSubjectKind;
  id: string;
  state: 'viewing' | 'typing' | 'left';
}

/** Another agent on the same subject, as an inbox shows them. */
export interface CollisionPresence extends CollisionSubject {
  readonly agentId: string;
  readonly name: string;
  readonly state: 'viewing' | 'typing' | 'left';
}

export interface CollisionClientToServerEvents {
  [COLLISION_EVENTS.announce]: (announcement: CollisionAnnouncement, ack?: SocketAck<OkAck>) => void;
}

export interface CollisionServerToClientEvents {
  [COLLISION_EVENTS.presence]: (presence: CollisionPresence) => void;
}
