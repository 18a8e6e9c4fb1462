import { AgentClientToServerEvents, AgentServerToClientEvents, WidgetClientToServerEvents, WidgetServerToClientEvents } from '@okpay/contracts';
import { Namespace, Socket } from 'socket.io';

/** The two namespaces and their sockets, typed by the event maps of `@okpay/contracts`. */
export type WidgetNamespace = Namespace<WidgetClientToServerEvents, WidgetServerToClientEvents>;
export type WidgetSocket = Socket<WidgetClientToServerEvents, WidgetServerToClientEvents>;
export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents>;
export type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents>;
/** A socket of either namespace. */
export type ChatSocket = WidgetSocket | AgentSocket;
