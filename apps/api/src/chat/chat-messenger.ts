import { Injectable } from '@nestjs/common';
import { PostConversationMessageCommand, PostConversationMessageUseCase, PostedConversationMessage } from '@okpay/tickets';
import { ChatSocketHub } from './chat-socket-hub';

/** Stores a chat message and, once it is committed, sends it to everyone following the conversation. */
@Injectable()
export class ChatMessenger {
  constructor(
    private readonly postMessage: PostConversationMessageUseCase,
    private readonly hub: ChatSocketHub,
  ) {}

  async post(command: PostConversationMessageCommand): Promise<PostedConversationMessage> {
    const posted = await this.postMessage.execute(command);
    // A repeated client id was delivered the first time; feeds fill any gap from the database.
    if (posted.created) this.hub.deliver(posted);
    return posted;
  }
}
