import { ConversationResponder, ResponderReply } from '../../apps/api/src/chat/conversation-responder';

/**
 * For tests of the chat transport and routing, which the bot's answers would only slow down and
 * blur: every customer message goes straight to people. The bot in chat is covered by the
 * browser test and the bot e2e tests.
 */
export class PeopleOnlyResponder extends ConversationResponder {
  respond(): Promise<ResponderReply | null> {
    return Promise.resolve(null);
  }
}

export const PEOPLE_ONLY_CHAT = [{ provide: ConversationResponder, useValue: new PeopleOnlyResponder() }];
