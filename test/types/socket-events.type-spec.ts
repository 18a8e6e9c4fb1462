/**
 * Compile-time checks of the socket contract (`npm run typecheck` compiles this file; nothing runs
 * it). Each `@ts-expect-error` line must fail to compile: if the typing that stops it ever loosens,
 * the directive is unused and the typecheck fails.
 */
import {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  CHAT_EVENTS,
  COLLISION_EVENTS,
  WidgetClientToServerEvents,
  WidgetServerToClientEvents,
} from '@okpay/contracts';
import { ChatSocketHub } from '../../apps/api/src/chat/chat-socket-hub';
import { SocketEventRoutes } from '../../apps/api/src/chat/socket-event-router';
import { CollisionAnnouncementPayload } from '../../apps/api/src/collision/collision-announcement.payload';
import {
  AgentMessageSendPayload,
  AgentReadPayload,
  AgentTypingPayload,
  CallbackRequestPayload,
  ConversationRefPayload,
  CsatPayload,
  LeaveMessagePayload,
  WatchConversationPayload,
  WidgetMessageSendPayload,
  WidgetReadPayload,
  WidgetTypingPayload,
} from '../../apps/api/src/chat/socket-payloads';

/** True only when A and B are the same type (optional and readonly fields included). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<Condition extends true> = Condition;
type Not<Condition extends boolean> = Condition extends true ? false : true;
type Assignable<From, To> = [From] extends [To] ? true : false;
type PayloadOf<Listener> = Listener extends (payload: infer Payload, ...rest: never[]) => void ? Payload : never;

type EventName = (typeof CHAT_EVENTS)[keyof typeof CHAT_EVENTS] | (typeof COLLISION_EVENTS)[keyof typeof COLLISION_EVENTS];
type WidgetRoutes = SocketEventRoutes<WidgetClientToServerEvents>;

export type SocketEventChecks = [
  // Every event name has an entry in a map, and every entry is a named event.
  Expect<Equal<EventName, keyof WidgetServerToClientEvents | keyof WidgetClientToServerEvents | keyof AgentServerToClientEvents | keyof AgentClientToServerEvents>>,

  // What the server parses from each client event is exactly the payload the map gives clients.
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.messageSend]>, Pick<WidgetMessageSendPayload, keyof WidgetMessageSendPayload>>>,
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.typing]>, Pick<WidgetTypingPayload, keyof WidgetTypingPayload>>>,
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.messageRead]>, Pick<WidgetReadPayload, keyof WidgetReadPayload>>>,
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.csatSubmit]>, Pick<CsatPayload, keyof CsatPayload>>>,
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.leaveMessage]>, Pick<LeaveMessagePayload, keyof LeaveMessagePayload>>>,
  Expect<Equal<PayloadOf<WidgetClientToServerEvents[typeof CHAT_EVENTS.requestCallback]>, Pick<CallbackRequestPayload, keyof CallbackRequestPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.messageSend]>, Pick<AgentMessageSendPayload, keyof AgentMessageSendPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.accept]>, Pick<ConversationRefPayload, keyof ConversationRefPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.watch]>, Pick<WatchConversationPayload, keyof WatchConversationPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.transfer]>, Pick<ConversationRefPayload, keyof ConversationRefPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.close]>, Pick<ConversationRefPayload, keyof ConversationRefPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.typing]>, Pick<AgentTypingPayload, keyof AgentTypingPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof CHAT_EVENTS.messageRead]>, Pick<AgentReadPayload, keyof AgentReadPayload>>>,
  Expect<Equal<PayloadOf<AgentClientToServerEvents[typeof COLLISION_EVENTS.announce]>, Pick<CollisionAnnouncementPayload, keyof CollisionAnnouncementPayload>>>,

  // A route table that leaves a client event unserved is not a route table.
  Expect<Not<Assignable<Omit<WidgetRoutes, typeof CHAT_EVENTS.csatSubmit>, WidgetRoutes>>>,
  Expect<Not<Assignable<Omit<SocketEventRoutes<AgentClientToServerEvents>, typeof CHAT_EVENTS.heartbeat>, SocketEventRoutes<AgentClientToServerEvents>>>>,
];

declare const hub: ChatSocketHub;
declare const widgetRoutes: WidgetRoutes;

// @ts-expect-error an offer goes to agents: the widget map has no `conversation:offered`
hub.toWidgets('conversation-1', CHAT_EVENTS.offered, { conversationId: 'conversation-1', expiresAt: '2027-01-01T00:00:00Z' });
// @ts-expect-error a queue update without its position
hub.toWidgets('conversation-1', CHAT_EVENTS.queueUpdate, { estimatedWaitSeconds: 30 });
// @ts-expect-error an event no map names
hub.toAgent('agent-1', 'conversation:surprise', {});
// @ts-expect-error `conversation:closed` carries whether to ask for a rating
hub.toConversationAgents('conversation-1', CHAT_EVENTS.conversationClosed, { conversationId: 'conversation-1' });

export const handledButUnmapped: WidgetRoutes = {
  ...widgetRoutes,
  // @ts-expect-error the server may not handle an event the map does not name
  'conversation:surprise': { handle: () => Promise.resolve({ ok: true }) },
};

export const wrongAnswer: WidgetRoutes[typeof CHAT_EVENTS.messageSend] = {
  // @ts-expect-error `message:send` is acknowledged with the stored message's id and seq
  handle: () => Promise.resolve({ ok: true } as const),
};
