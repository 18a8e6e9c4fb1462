import { Provider } from '@nestjs/common';
import { AgentChat } from './agent-chat';
import { AgentGateway } from './agent.gateway';
import { ChatHandoff } from './chat-handoff';
import { ChatMessenger } from './chat-messenger';
import { ChatSocketHub } from './chat-socket-hub';
import { BotConversationResponder } from './bot-conversation-responder';
import { ConversationResponder } from './conversation-responder';
import { CrossProcessChatEvents } from './cross-process-chat-events';
import { CustomerChat } from './customer-chat';
import { QueueUpdates } from './queue-updates';
import { SocketBudgets } from './socket-budgets';
import { WidgetGateway } from './widget.gateway';

/** Live chat in the API process; the bot answers through the `ConversationResponder` port. */
export const CHAT_PROVIDERS: Provider[] = [
  AgentChat,
  AgentGateway,
  ChatHandoff,
  ChatMessenger,
  ChatSocketHub,
  CrossProcessChatEvents,
  CustomerChat,
  QueueUpdates,
  SocketBudgets,
  WidgetGateway,
  { provide: ConversationResponder, useClass: BotConversationResponder },
];
