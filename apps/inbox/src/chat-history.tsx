import type { ChatMessage, ConversationMessagesPage } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { MessageRow } from './chat-view';
import { inboxMessages } from './inbox-messages';

/** A long chat's pages are read one after another; this many is far beyond any real chat. */
const MAX_PAGES = 20;
const PAGE_LENGTH = 500;

/** A chat that may be long over: its whole history, read-only, internal notes included. */
export function ChatHistory({ conversationId, api }: { conversationId: string; api: ApiClient }) {
  const text = inboxMessages();
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [openError, setOpenError] = useState(false);

  useEffect(() => {
    let current = true;
    const read = async () => {
      const all: ChatMessage[] = [];
      let afterSeq: number | null = 0;
      for (let page = 0; page < MAX_PAGES && afterSeq !== null; page++) {
        const answer: ConversationMessagesPage = await api.call('GET /conversations/:id/messages', { params: { id: conversationId }, query: { afterSeq, limit: PAGE_LENGTH } });
        all.push(...answer.items);
        afterSeq = answer.nextAfterSeq;
      }
      return all;
    };
    read().then(
      (all) => current && setMessages(all),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [conversationId, api]);

  if (failed) return <p class="empty" role="alert">{text.history.loadFailed}</p>;
  if (!messages) return <p class="empty">{text.history.loading}</p>;
  return (
    <section class="thread" aria-labelledby="history-title">
      <header class="thread-header">
        <h2 id="history-title">{text.history.title}</h2>
      </header>
      {openError && <p role="alert" class="error">{text.chat.openFileFailed}</p>}
      <div class="messages" data-testid="chat-history">
        <ol class="message-list" aria-label={text.messages}>
          {messages.length === 0 && <li>{text.history.none}</li>}
          {messages.map((message) => (
            <MessageRow key={message.id} message={message} onOpen={(a) => void api.download(a.url, a.fileName).catch(() => setOpenError(true))} />
          ))}
        </ol>
      </div>
    </section>
  );
}
