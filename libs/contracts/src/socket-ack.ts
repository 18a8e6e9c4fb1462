import { SocketErrorAck } from './chat';

/** The acknowledgement callback of a client event: its answer on success, `{ error }` on failure. */
export type SocketAck<Answer> = (answer: Answer | SocketErrorAck) => void;

/** The success answer an event's acknowledgement carries (what the server's handler returns). */
export type SocketAckAnswer<Listener> = Listener extends (payload: never, ack: SocketAck<infer Answer>) => void ? Answer : never;
