import { ChatMessage } from '@okpay/contracts';
import { MessagesAfter, StoredChatMessage } from '@okpay/tickets';
import { ConversationFeed, FeedSocket } from './conversation-feed';

/** The conversation as the database holds it; reads can be held open to interleave announcements. */
class StoredConversation {
  readonly rows: StoredChatMessage[] = [];
  private held: (() => void)[] = [];
  holding = false;
  reads = 0;

  store(seq: number): StoredChatMessage {
    const message: StoredChatMessage['message'] = {
      id: `m${seq}`,
      conversationId: 'c1',
      seq,
      authorType: 'customer',
      authorId: null,
      authorName: null,
      clientId: null,
      body: `text ${seq}`,
      internal: false,
      attachmentId: null,
      quickReplies: null,
      createdAt: new Date('2027-01-06T02:00:00Z'),
    };
    const stored: StoredChatMessage = { message, attachment: null };
    this.rows.push(stored);
    return stored;
  }

  readonly loadAfter = async (_conversationId: string, afterSeq: number): Promise<MessagesAfter> => {
    this.reads++;
    // What the database held when the read began.
    const snapshot = this.rows.filter((row) => row.message.seq > afterSeq);
    const lastSeq = Math.max(afterSeq, ...this.rows.map((row) => row.message.seq));
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return { items: snapshot, lastSeq, complete: true };
  };

  release(): void {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

class RecordingSocket implements FeedSocket {
  readonly connected = true;
  readonly sent: ChatMessage[] = [];

  emit(_event: 'message:new', message: ChatMessage): boolean {
    this.sent.push(message);
    return true;
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConversationFeed told of messages stored by another process', () => {
  it('reads what it lacks from the database, once and in order', async () => {
    const conversation = new StoredConversation();
    const socket = new RecordingSocket();
    const feed = new ConversationFeed(socket, 'c1', 0, 'widget', conversation.loadAfter);
    await feed.start();
    conversation.store(1);
    conversation.store(2);
    feed.reached(2);
    feed.reached(1); // late and out of order: nothing new
    await settle();
    expect(socket.sent.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('reads again when a seq is announced while a read that began before it is under way', async () => {
    const conversation = new StoredConversation();
    const socket = new RecordingSocket();
    const feed = new ConversationFeed(socket, 'c1', 0, 'widget', conversation.loadAfter);
    await feed.start();
    conversation.store(1);
    conversation.holding = true;
    feed.reached(1); // this read sees seq 1 only
    await settle();
    conversation.store(2);
    feed.reached(2); // announced mid-read
    conversation.release();
    for (let i = 0; i < 5; i++) await settle();
    expect(socket.sent.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('reads nothing for a seq it has sent already', async () => {
    const conversation = new StoredConversation();
    const socket = new RecordingSocket();
    const feed = new ConversationFeed(socket, 'c1', 0, 'widget', conversation.loadAfter);
    await feed.start();
    feed.offer(conversation.store(1));
    const reads = conversation.reads;
    feed.reached(1);
    await settle();
    expect(conversation.reads).toBe(reads);
    expect(socket.sent.map((m) => m.seq)).toEqual([1]);
  });
});
