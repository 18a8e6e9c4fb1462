import type { ChatMessage, HandoffUnavailable, Locale } from '@okpay/contracts';
import { ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_MESSAGE_LENGTH } from '@okpay/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatClient, OfferOutcome, WidgetState } from './chat-client';
import { AnswerText } from './answer-text';
import { loadReadSeq, saveReadSeq } from './session-store';
import { formatLocalDateTime, formatLocalTime, formatMoney, formatOpening, type WidgetStrings } from './strings';

interface Props {
  client: ChatClient;
  strings: WidgetStrings;
  locale: Locale;
  signInUrl: string | null;
  /** Where the API and the help centre are: article links in answers open there. */
  origin: string;
}

const TYPING_IDLE_MS = 3000;

/** Launcher, unread badge and the chat panel. Every message is rendered as text, never as HTML. */
export function WidgetApp({ client, strings, locale, signInUrl, origin }: Props) {
  const [state, setState] = useState<WidgetState | null>(null);
  const [open, setOpen] = useState(false);
  const [readSeq, setReadSeq] = useState(0);
  const launcher = useRef<HTMLButtonElement>(null);
  const conversationId = state?.conversationId ?? null;

  useEffect(() => client.subscribe(setState), [client]);
  useEffect(() => {
    if (conversationId) setReadSeq(loadReadSeq(conversationId));
  }, [conversationId]);

  const lastSeq = state?.messages[state.messages.length - 1]?.seq ?? 0;
  const lastTeamSeq = lastSeqFromTeam(state?.messages ?? []);
  useEffect(() => {
    if (!open || !conversationId) return;
    if (lastTeamSeq > readSeq) {
      setReadSeq(lastTeamSeq);
      saveReadSeq(conversationId, lastTeamSeq);
    }
    if (lastSeq > 0) client.markRead(lastSeq);
  }, [open, conversationId, lastTeamSeq, lastSeq, readSeq]);
  const unread = open ? 0 : (state?.messages ?? []).filter((m) => m.author.type !== 'customer' && m.seq > readSeq).length;

  // Focus goes back to the launcher once it is shown again (on phones it hides while the panel is open).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      launcher.current?.focus();
    }
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  const launcherLabel = open ? strings.closeChat : strings.openChat;

  return (
    <div class="okw" lang={locale}>
      {open && state && <Panel state={state} client={client} strings={strings} locale={locale} signInUrl={signInUrl} origin={origin} onClose={close} />}
      <button
        ref={launcher}
        type="button"
        class="okw-launcher"
        aria-expanded={open}
        aria-controls="okw-panel"
        aria-label={unread > 0 ? `${launcherLabel}, ${strings.unread(unread)}` : launcherLabel}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
          <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z" />
        </svg>
        {unread > 0 && (
          <span class="okw-badge" data-testid="unread-badge" aria-hidden="true">
            {unread > 99 ? '99+' : String(unread)}
          </span>
        )}
      </button>
    </div>
  );
}

function lastSeqFromTeam(messages: ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i -= 1) if (messages[i].author.type !== 'customer') return messages[i].seq;
  return 0;
}

interface PanelProps extends Props {
  state: WidgetState;
  onClose: () => void;
}

function Panel({ state, client, strings, locale, signInUrl, origin, onClose }: PanelProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  const logEnd = useRef<HTMLLIElement>(null);
  const [draft, setDraft] = useState('');
  const typingSince = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => input.current?.focus(), []);
  const list = useRef<HTMLOListElement>(null);
  // A new answer is read from its start, not its end; anything else keeps the newest line in view.
  useEffect(() => {
    const last = state.messages[state.messages.length - 1];
    const answer = last && last.author.type !== 'customer' && state.pending.length === 0 ? list.current?.querySelector(`[data-seq="${last.seq}"]`) : null;
    if (answer) answer.scrollIntoView?.({ block: 'start' });
    else logEnd.current?.scrollIntoView?.({ block: 'end' });
  }, [state.messages.length, state.pending.length, state.typing]);

  const stopTyping = () => {
    if (typingSince.current) {
      clearTimeout(typingSince.current);
      typingSince.current = null;
      client.setTyping(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    client.send(draft);
    setDraft('');
    stopTyping();
    input.current?.focus();
  };

  const onInput = (value: string) => {
    setDraft(value);
    if (!typingSince.current) client.setTyping(true);
    else clearTimeout(typingSince.current);
    typingSince.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const lastMessage = state.messages[state.messages.length - 1];
  // A sign-in button needs the host's sign-in page; without one, the bot's text still says to sign in.
  const quickReplies = (lastMessage?.author.type === 'bot' && !state.closed ? (lastMessage.quickReplies ?? []) : []).filter((reply) => reply.action !== 'sign_in' || signInUrl);
  const lastOwnSeq = [...state.messages].reverse().find((m) => m.author.type === 'customer')?.seq ?? 0;
  const withAgent = state.messages.some((m) => m.author.type === 'agent');
  const open = state.openItem;
  const openItem = open && open.item !== 'none' && open.amount ? { line: strings.openItem[open.item].line(formatMoney(open.amount, locale)), question: strings.openItem[open.item].question } : null;

  return (
    <section
      id="okw-panel"
      class="okw-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="okw-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="okw-header">
        <div>
          <h2 id="okw-title" class="okw-title">
            {strings.title}
          </h2>
          <p class="okw-hours" data-testid="business-hours">
            {hoursLine(state, strings, locale)}
          </p>
        </div>
        <button type="button" class="okw-icon-button" aria-label={strings.closeChat} onClick={onClose}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
          </svg>
        </button>
      </header>

      {state.phase !== 'online' && (
        <p class="okw-connection" role="status">
          {state.phase === 'offline' ? strings.offline : strings.connecting}
        </p>
      )}

      <div class="okw-log" role="log" aria-live="polite" aria-label={strings.log} data-testid="message-log">
        <ol ref={list} class="okw-list">
          <li class="okw-message okw-from-bot okw-greeting" data-testid="greeting">
            <span class="okw-author">{strings.bot}: </span>
            <p class="okw-text">{strings.greeting}</p>
          </li>
          {state.messages.map((message) => (
            <MessageItem key={message.id} message={message} client={client} strings={strings} locale={locale} origin={origin} read={message.seq === lastOwnSeq && state.agentReadSeq >= message.seq} />
          ))}
          {state.pending.map((pending) => (
            <li key={pending.clientId} class="okw-message okw-from-customer okw-pending">
              <span class="okw-sr">{strings.you}: </span>
              <p class="okw-text">{pending.text}</p>
              {pending.failed ? (
                <span class="okw-meta">
                  {strings.notSent}{' '}
                  <button type="button" class="okw-link" onClick={() => client.retry(pending.clientId)}>
                    {strings.retry}
                  </button>
                </span>
              ) : (
                <span class="okw-meta">{strings.sending}</span>
              )}
            </li>
          ))}
          <li ref={logEnd} class="okw-log-end" aria-hidden="true" />
        </ol>
      </div>

      <div role="status" class="okw-status">
        {state.typing && <p class="okw-typing">{strings.typing(state.typing.name ?? strings.someone)}</p>}
        {state.queue && (
          <p class="okw-queue" data-testid="queue-status">
            {strings.queued(state.queue.position)}
            {state.queue.estimatedWaitSeconds !== undefined && `. ${strings.estimatedWait(Math.max(1, Math.ceil(state.queue.estimatedWaitSeconds / 60)))}`}
          </p>
        )}
        {state.error && <p class="okw-error">{strings.failed}</p>}
      </div>

      {!state.closed && openItem && (
        <button type="button" class="okw-open-item" data-testid="open-item" onClick={() => client.send(openItem.question)}>
          {openItem.line}
        </button>
      )}

      {lastOwnSeq === 0 && state.pending.length === 0 && !state.closed && (
        <div class="okw-quick" role="group" aria-label={strings.topics} data-testid="suggested-topics">
          {strings.topicList.map((topic) => (
            <button key={topic.label} type="button" class="okw-chip" onClick={() => client.send(topic.question)}>
              {topic.label}
            </button>
          ))}
        </div>
      )}

      {quickReplies.length > 0 && (
        <div class="okw-quick" role="group" aria-label={strings.quickReplies}>
          {quickReplies.map((reply) =>
            reply.action === 'sign_in' ? (
              <a key={reply.label} class="okw-chip" href={signInUrl!} target="_top" data-testid="sign-in">
                {reply.label}
              </a>
            ) : (
              <button key={reply.label} type="button" class="okw-chip" onClick={() => client.send(reply.text)}>
                {reply.label}
              </button>
            ),
          )}
        </div>
      )}

      {state.closed ? (
        <ClosedConversation csat={state.closed.csat} client={client} strings={strings} />
      ) : state.leaveMessage ? (
        <LeaveMessage
          key={`${state.offerOutcome?.ticketNumber ?? ''}|${state.offerOutcome?.callbackAt ?? ''}`}
          offer={state.leaveMessage}
          outcome={state.offerOutcome}
          client={client}
          strings={strings}
          locale={locale}
          officeZone={state.hours ? zoneName(state.hours.timeZone, locale) : null}
          onDone={() => {
            client.dismissLeaveMessage();
            input.current?.focus();
          }}
        />
      ) : (
        <form class="okw-composer" onSubmit={submit}>
          <label class="okw-sr" for="okw-input">
            {strings.messageLabel}
          </label>
          <textarea
            id="okw-input"
            ref={input}
            rows={2}
            maxLength={MAX_MESSAGE_LENGTH}
            placeholder={strings.placeholder}
            value={draft}
            onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
            }}
          />
          <div class="okw-actions">
            <FileButton client={client} strings={strings} />
            {!state.queue && !withAgent && (
              <button type="button" class="okw-secondary" onClick={() => client.askForPerson(strings.askPersonText)}>
                {strings.askPerson}
              </button>
            )}
            <button type="submit" class="okw-primary">
              {strings.send}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** In the visitor's own time zone; the office's zone is named once, after it. */
function hoursLine(state: WidgetState, strings: WidgetStrings, locale: Locale): string {
  const hours = state.hours;
  if (!hours) return strings.subtitle;
  const office = strings.officeZone(zoneName(hours.timeZone, locale));
  if (hours.open) return hours.closesAt ? `${strings.openUntil(formatLocalTime(hours.closesAt, locale))} ${office}` : strings.openNow;
  return hours.opensAt ? `${strings.closedUntil(formatLocalTime(hours.opensAt, locale))} ${office}` : strings.closedNoOpening;
}

function zoneName(timeZone: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(0);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function MessageItem({ message, client, strings, locale, origin, read }: { message: ChatMessage; client: ChatClient; strings: WidgetStrings; locale: Locale; origin: string; read: boolean }) {
  // The bot's name is the visitor's word for it, whatever language the server named it in.
  const who = message.author.type === 'customer' ? strings.you : message.author.type === 'bot' ? strings.bot : (message.author.name ?? strings[message.author.type]);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(message.createdAt));
  return (
    <li class={`okw-message okw-from-${message.author.type}`} data-seq={message.seq}>
      <span class={message.author.type === 'agent' || message.author.type === 'bot' ? 'okw-author' : 'okw-sr'}>{who}: </span>
      {message.text && (message.author.type === 'bot' ? <AnswerText text={message.text} origin={origin} strings={strings} collapsible={!asksToPick(message)} /> : <p class="okw-text">{message.text}</p>)}
      {message.attachment && (
        <button type="button" class="okw-link okw-attachment" onClick={() => void client.openAttachment(message.attachment!).catch(() => undefined)}>
          {strings.attachment}: {message.attachment.fileName}
        </button>
      )}
      <span class="okw-meta">
        <time dateTime={message.createdAt}>{time}</time>
        {read && ` · ${strings.read}`}
      </span>
    </li>
  );
}

/** An answer whose buttons are numbers asks the customer to pick from its list: the list stays whole. */
function asksToPick(message: ChatMessage): boolean {
  return (message.quickReplies ?? []).some((reply) => /^\d+$/.test(reply.text));
}

/** Images and PDF up to 10 MB; the server checks the content again. */
function FileButton({ client, strings }: { client: ChatClient; strings: WidgetStrings }) {
  const [status, setStatus] = useState<string | null>(null);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) return setStatus(strings.fileTooLarge);
    if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(file.type)) return setStatus(strings.fileType);
    setStatus(strings.uploading);
    try {
      await client.sendFile(file);
      setStatus(null);
    } catch {
      setStatus(strings.failed);
    }
  };
  return (
    <>
      <label class="okw-secondary okw-file">
        <span class="okw-sr">{strings.attach}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <path fill="currentColor" d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z" />
        </svg>
        <input type="file" accept={ATTACHMENT_CONTENT_TYPES.join(',')} onChange={(event) => void pick(event.target as HTMLInputElement)} />
      </label>
      {status && (
        <span class="okw-file-status" role="status">
          {status}
        </span>
      )}
    </>
  );
}

/** Nobody can come: leave a message (it becomes a ticket), then optionally ask for a callback. */
function LeaveMessage({
  offer,
  outcome,
  client,
  strings,
  locale,
  officeZone,
  onDone,
}: {
  offer: HandoffUnavailable;
  /** The office's zone by name, when the opening hours are known. */
  officeZone: string | null;
  outcome: OfferOutcome | null;
  client: ChatClient;
  strings: WidgetStrings;
  locale: Locale;
  onDone: () => void;
}) {
  // Each step replaces the form under the keyboard user's focus: move focus to the new step.
  const first = useRef<HTMLElement>(null);
  // Restored from the server after a reload: the step the visitor had reached.
  const [ticket, setTicket] = useState<string | null>(outcome?.ticketNumber !== undefined ? `#${outcome.ticketNumber}` : null);
  const [callbackAt, setCallbackAt] = useState<string | null>(outcome?.callbackAt ?? null);
  const [error, setError] = useState(false);
  useEffect(() => first.current?.focus(), [ticket, callbackAt]);

  const run = async (event: Event, action: (data: FormData) => Promise<void>) => {
    event.preventDefault();
    setError(false);
    try {
      await action(new FormData(event.target as HTMLFormElement));
    } catch {
      setError(true);
    }
  };

  if (callbackAt) {
    return (
      <div key="callback-done" class="okw-leave" role="status">
        <p>{strings.leftMessage(formatLocalDateTime(callbackAt, locale), officeZone)}</p>
        <button ref={first as preact.Ref<HTMLButtonElement>} type="button" class="okw-secondary" onClick={onDone}>
          {strings.cancel}
        </button>
      </div>
    );
  }
  if (ticket) {
    return (
      <form
        key="callback"
        class="okw-leave"
        aria-labelledby="okw-leave-title"
        onSubmit={(event) =>
          void run(event, async (data) => {
            const callback = await client.requestCallback(String(data.get('phone')), String(data.get('name') ?? '') || undefined);
            setCallbackAt(callback.scheduledFor);
          })
        }
      >
        <p id="okw-leave-title" role="status">
          {strings.ticketCreated(ticket)}
        </p>
        <p>{strings.callbackOffer}</p>
        <label>
          {strings.name}
          <input ref={first as preact.Ref<HTMLInputElement>} name="name" autoComplete="name" maxLength={100} />
        </label>
        <label>
          {strings.phone}
          <input name="phone" type="tel" autoComplete="tel" required maxLength={40} />
        </label>
        {error && <p role="alert">{strings.failed}</p>}
        <div class="okw-actions">
          <button type="button" class="okw-secondary" onClick={onDone}>
            {strings.noThanks}
          </button>
          <button type="submit" class="okw-primary">
            {strings.requestCallback}
          </button>
        </div>
      </form>
    );
  }
  const reason = offer.reason === 'no_agents_available' ? strings.reasonBusy : strings.reasonClosed;
  return (
    <form
      key="message"
      class="okw-leave"
      aria-labelledby="okw-leave-title"
      onSubmit={(event) =>
        void run(event, async (data) => {
          const ack = await client.leaveMessage(String(data.get('text')), String(data.get('email') ?? '') || undefined);
          setTicket(`#${ack.ticketNumber}`);
        })
      }
    >
      <h3 id="okw-leave-title">{strings.leaveMessageTitle}</h3>
      <p>{strings.leaveMessageIntro(reason)}</p>
      {offer.nextOpening && <p>{strings.nextOpening(formatOpening(offer.nextOpening, locale))}</p>}
      <label>
        {strings.yourMessage}
        <textarea ref={first as preact.Ref<HTMLTextAreaElement>} name="text" rows={3} required maxLength={MAX_MESSAGE_LENGTH} />
      </label>
      <label>
        {strings.email}
        <input name="email" type="email" autoComplete="email" maxLength={200} />
      </label>
      {error && <p role="alert">{strings.failed}</p>}
      <div class="okw-actions">
        <button type="button" class="okw-secondary" onClick={onDone}>
          {strings.cancel}
        </button>
        <button type="submit" class="okw-primary">
          {strings.submit}
        </button>
      </div>
    </form>
  );
}

/** The conversation ended: a 1–5 rating when asked for, then a way to start again. */
function ClosedConversation({ csat, client, strings }: { csat: boolean; client: ChatClient; strings: WidgetStrings }) {
  const [score, setScore] = useState<number | null>(null);
  const [done, setDone] = useState(!csat);
  const [error, setError] = useState(false);
  const firstChoice = useRef<HTMLInputElement>(null);
  useEffect(() => firstChoice.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (score === null) return;
    const comment = String(new FormData(event.target as HTMLFormElement).get('comment') ?? '');
    try {
      await client.rate(score, comment);
      setDone(true);
    } catch {
      setError(true);
    }
  };

  return (
    <div class="okw-leave" data-testid="conversation-closed">
      <p role="status">{strings.chatClosed}</p>
      {done ? (
        csat && <p role="status">{strings.csatThanks}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} class="okw-csat">
          <fieldset>
            <legend>{strings.csatTitle}</legend>
            <div class="okw-stars">
              {[1, 2, 3, 4, 5].map((value) => (
                <label key={value} class={score !== null && value <= score ? 'okw-star okw-on' : 'okw-star'}>
                  <input ref={value === 1 ? firstChoice : undefined} type="radio" name="score" value={value} checked={score === value} onChange={() => setScore(value)} />
                  <span aria-hidden="true">★</span>
                  <span class="okw-sr">{strings.csatScore(value)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label>
            {strings.csatComment}
            <textarea name="comment" rows={2} maxLength={1000} />
          </label>
          {error && <p role="alert">{strings.failed}</p>}
          <div class="okw-actions">
            <button type="submit" class="okw-primary" disabled={score === null}>
              {strings.csatSubmit}
            </button>
          </div>
        </form>
      )}
      <EmailTranscript client={client} strings={strings} />
      <button type="button" class="okw-secondary" onClick={() => void client.startOver()}>
        {strings.newConversation}
      </button>
    </div>
  );
}

/** "Email me this chat": a signed-in customer's goes to their account's address; a visitor names one. */
function EmailTranscript({ client, strings }: { client: ChatClient; strings: WidgetStrings }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(false);
    const email = String(new FormData(event.target as HTMLFormElement).get('email') ?? '') || undefined;
    try {
      setSentTo((await client.emailTranscript(email)).address);
    } catch {
      setError(true);
    }
  };
  if (sentTo) return <p role="status" data-testid="transcript-sent">{strings.transcriptSent(sentTo)}</p>;
  return (
    <form class="okw-transcript" onSubmit={(event) => void submit(event)} data-testid="email-transcript">
      {!client.signedIn && (
        <label>
          {strings.transcriptAddress}
          <input name="email" type="email" autoComplete="email" required maxLength={200} />
        </label>
      )}
      {error && <p role="alert">{strings.failed}</p>}
      <button type="submit" class="okw-secondary">
        {strings.emailTranscript}
      </button>
    </form>
  );
}
