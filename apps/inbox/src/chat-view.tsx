import type { AttachmentView, CannedResponseView, ChatMessage } from '@okpay/contracts';
import { ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES } from '@okpay/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentRealtime, RealtimeState } from './agent-realtime';
import type { ApiClient } from './api-client';
import { CannedPicker, useCannedResponses } from './canned-picker';
import { useCannedShortcut } from './canned-shortcut';
import { formatTime } from './format';
import { inboxMessages } from './inbox-messages';

interface Props {
  conversationId: string;
  api: ApiClient;
  realtime: AgentRealtime;
  live: RealtimeState;
  agentName: string;
  onEnded: () => void;
}

/** A live chat: its history (sent by the server after accept), replies over the socket, close and transfer. */
export function ChatView({ conversationId, api, realtime, live, agentName, onEnded }: Props) {
  const text = inboxMessages();
  const [draft, setDraft] = useState('');
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const end = useRef<HTMLLIElement>(null);
  const messages = live.messages[conversationId] ?? [];
  const pending = live.pending.filter((p) => p.conversationId === conversationId);

  const lastSeq = messages[messages.length - 1]?.seq ?? 0;
  const closed = live.closed[conversationId] === true;

  useEffect(() => {
    input.current?.focus();
    // After a reload the socket does not know this conversation yet: watching it brings its history.
    if (!live.messages[conversationId]) void realtime.watch(conversationId).catch(() => undefined);
  }, [conversationId]);
  useEffect(() => end.current?.scrollIntoView?.({ block: 'end' }), [messages.length, pending.length]);
  useEffect(() => {
    if (lastSeq > 0) realtime.markRead(conversationId, lastSeq);
  }, [conversationId, lastSeq]);

  const responses = useCannedResponses(api);
  const renderCanned = async (response: CannedResponseView): Promise<string> => {
    try {
      return (await api.call('GET /conversations/:id/canned-replies/:cannedResponseId', { params: { id: conversationId, cannedResponseId: response.id } })).body;
    } catch (failure) {
      setError(text.cannedFailed);
      throw failure;
    }
  };
  const insertCanned = async (response: CannedResponseView) => {
    const body = await renderCanned(response);
    setDraft((before) => (before.trim() ? `${before.trimEnd()}\n${body}` : body));
    input.current?.focus();
  };
  const shortcut = useCannedShortcut({ responses, draft, box: input, render: renderCanned, onDraft: setDraft });

  const send = (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    realtime.send(conversationId, draft.trim(), internal);
    realtime.setTyping(conversationId, false);
    setDraft('');
  };

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(text.chat.fileTooBig);
    try {
      const attachment = await api.upload({ query: { conversationId, fileName: file.name.slice(0, 200) } }, file);
      await realtime.sendAttachment(conversationId, attachment.id);
    } catch {
      setError(text.chat.fileFailed);
    }
  };

  const finish = async (action: 'close' | 'transfer') => {
    try {
      await (action === 'close' ? realtime.close(conversationId) : realtime.transfer(conversationId));
      onEnded();
    } catch {
      setError(action === 'close' ? text.chat.closeFailed : text.chat.transferFailed);
    }
  };

  return (
    <section class="thread" aria-labelledby="thread-title">
      <header class="thread-header">
        <h2 id="thread-title">{text.chat.title}</h2>
        <div class="thread-actions">
          <button type="button" disabled={closed} onClick={() => void finish('transfer')}>
            {text.chat.transfer}
          </button>
          <button type="button" disabled={closed} onClick={() => void finish('close')}>
            {text.chat.close}
          </button>
        </div>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      <div class="messages" role="log" aria-live="polite" aria-label={text.messages} data-testid="chat-messages">
        <ol class="message-list">
        {messages.map((message) => (
          <MessageRow key={message.id} message={message} onOpen={(a) => void api.download(a.url, a.fileName).catch(() => setError(text.chat.openFileFailed))} />
        ))}
        {pending.map((reply) => (
          <li key={reply.clientId} class={`message from-agent pending ${reply.internal ? 'note' : ''}`}>
            <span class="who">{agentName}</span>
            <p class="text">{reply.text}</p>
            {reply.failed ? (
              <button type="button" class="link" onClick={() => realtime.retry(reply.clientId)}>
                {text.chat.notSent}
              </button>
            ) : (
              <small>{live.connected ? text.chat.sending : text.chat.waitingForConnection}</small>
            )}
          </li>
        ))}
          <li ref={end} aria-hidden="true" />
        </ol>
      </div>
      {closed && <p class="notice">{text.chat.ended}</p>}
      {live.typing[conversationId] && (
        <p class="typing" role="status">
          {text.chat.customerTyping}
        </p>
      )}
      <form class={`reply ${internal ? 'note' : ''}`} onSubmit={send}>
        <label for="chat-reply" class="sr">
          {internal ? text.internalNote : text.reply}
        </label>
        <textarea
          id="chat-reply"
          ref={input}
          rows={3}
          maxLength={4000}
          value={draft}
          placeholder={internal ? text.notePlaceholder : text.replyPlaceholder}
          aria-describedby="chat-reply-hint"
          aria-keyshortcuts="Enter Alt+N"
          onInput={(event) => {
            setDraft((event.target as HTMLTextAreaElement).value);
            shortcut.track(event.target as HTMLTextAreaElement);
            if (!internal) realtime.setTyping(conversationId, true);
          }}
          onClick={(event) => shortcut.track(event.target as HTMLTextAreaElement)}
          onKeyDown={(event) => {
            if (shortcut.onKeyDown(event)) return;
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) send(event);
            if (event.altKey && event.code === 'KeyN') {
              event.preventDefault();
              setInternal((on) => !on);
            }
          }}
        />
        {shortcut.menu}
        <p id="chat-reply-hint" class="hint">
          {text.shortcutsHint}
        </p>
        <div class="reply-actions">
          <label class="inline">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal((event.target as HTMLInputElement).checked)} /> {text.internalNote}
          </label>
          <label class="file-button">
            {text.chat.attachFile}
            <input
              type="file"
              accept={ATTACHMENT_CONTENT_TYPES.join(',')}
              onChange={(event) => void attach(event.target as HTMLInputElement)}
            />
          </label>
          <CannedPicker responses={responses} onPick={(response) => void insertCanned(response).catch(() => undefined)} />
          <button type="submit" class="primary" disabled={closed}>
            {internal ? text.addNote : text.send}
          </button>
        </div>
      </form>
    </section>
  );
}

export function MessageRow({ message, onOpen }: { message: ChatMessage; onOpen: (attachment: AttachmentView) => void }) {
  const text = inboxMessages();
  const who = message.author.name ?? text.authors[message.author.type];
  return (
    <li class={`message from-${message.author.type} ${message.internal ? 'note' : ''}`} data-seq={message.seq}>
      <span class="who">
        {message.internal ? `${text.internalNote} · ` : ''}
        {who}
      </span>
      <p class="text">{message.text}</p>
      {message.attachment && (
        <button type="button" class="link attachment" onClick={() => onOpen(message.attachment!)}>
          {text.chat.attachment(message.attachment.fileName, message.attachment.contentType, Math.ceil(message.attachment.size / 1024))}
        </button>
      )}
      <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
    </li>
  );
}
