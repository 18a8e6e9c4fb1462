import { Logger } from '@nestjs/common';
import { ClusterEventMap, ClusterEventName } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

export type ClusterEventListener<Name extends ClusterEventName> = (payload: ClusterEventMap[Name]) => void | Promise<void>;

/** The one NOTIFY channel all processes of this app listen on. */
const CHANNEL = 'okpay_events';
/** Before listening again after the connection dropped. */
const RELISTEN_DELAY_MS = 1_000;
/** NOTIFY refuses payloads of 8000 bytes or more. */
const MAX_NOTIFY_BYTES = 7_900;

interface Event {
  readonly name: ClusterEventName;
  readonly payload: unknown;
}

/** One NOTIFY: the events one process published in one turn of its event loop. */
interface Envelope {
  /** The publishing process: it has delivered the events to itself already. */
  readonly origin: string;
  readonly events: readonly Event[];
}

/**
 * Typed events for every process of the app. A subscriber in this process hears a publish at
 * once (after the current turn); with a shared database (`pool` given) every other process
 * hears it through PostgreSQL NOTIFY, sent outside any transaction, so only after the change it
 * tells of committed. Delivery is at most once: a process that was disconnected misses what was
 * sent meanwhile, so listeners treat events as hints and read state from the database. What one
 * turn of the event loop publishes leaves in as few NOTIFYs as fit (a burst of stored messages
 * costs one statement, not one each), in order.
 */
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly origin = randomUUID();
  private readonly listeners = new Map<ClusterEventName, Set<ClusterEventListener<ClusterEventName>>>();
  private client?: PoolClient;
  private relisten?: NodeJS.Timeout;
  private stopped = false;
  private listenedBefore = false;
  private outgoing: Event[] = [];

  /** @param pool the shared database's; none when this is the only process. */
  constructor(private readonly pool?: Pool) {}

  /** Starts hearing other processes (nothing to do alone). */
  async start(): Promise<void> {
    if (this.pool) await this.listen();
  }

  subscribe<Name extends ClusterEventName>(name: Name, listener: ClusterEventListener<Name>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as ClusterEventListener<ClusterEventName>);
    return () => set.delete(listener as ClusterEventListener<ClusterEventName>);
  }

  /** To every subscriber, in this process and in every other. */
  publish<Name extends ClusterEventName>(name: Name, payload: ClusterEventMap[Name]): void {
    this.deliver(name, payload);
    this.publishToOthers(name, payload);
  }

  /** To every subscriber in the other processes only: this one has acted on it already. */
  publishToOthers<Name extends ClusterEventName>(name: Name, payload: ClusterEventMap[Name]): void {
    if (!this.pool || this.stopped) return;
    if (this.outgoing.length === 0) setImmediate(() => this.flush());
    this.outgoing.push({ name, payload });
  }

  private flush(): void {
    const events = this.outgoing;
    this.outgoing = [];
    const payloads = envelopes(this.origin, events);
    const placeholders = payloads.map((_, i) => `pg_notify($1, $${i + 2})`).join(', ');
    this.pool!.query(`SELECT ${placeholders}`, [CHANNEL, ...payloads]).catch((error: unknown) =>
      this.logger.warn({ err: error, events: events.length }, 'events did not reach the other processes'),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.relisten);
    const client = this.client;
    this.client = undefined;
    client?.release(true);
  }

  private deliver(name: ClusterEventName, payload: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) {
      Promise.resolve()
        .then(() => listener(payload as ClusterEventMap[ClusterEventName]))
        .catch((error: unknown) => this.logger.error({ err: error, event: name }, 'an event listener failed'));
    }
  }

  private async listen(): Promise<void> {
    const client = await this.pool!.connect();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const envelope = JSON.parse(message.payload) as Envelope;
      if (envelope.origin === this.origin) return;
      for (const event of envelope.events) this.deliver(event.name, event.payload);
    });
    // A dropped connection is replaced; what was published meanwhile is lost (see above).
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped || this.stopped) return;
      dropped = true;
      this.logger.warn({ err: error }, 'the event connection dropped; listening again');
      if (this.client === client) this.client = undefined;
      client.release(true);
      this.scheduleRelisten();
    };
    client.on('error', drop);
    client.on('end', () => drop());
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.listenedBefore) this.deliver('events.resumed', {});
    this.listenedBefore = true;
    this.client = client;
  }

  private scheduleRelisten(): void {
    if (this.stopped) return;
    this.relisten = setTimeout(() => {
      this.listen().catch(() => this.scheduleRelisten());
    }, RELISTEN_DELAY_MS);
  }
}

/** The events as JSON envelopes, each under NOTIFY's size limit, in order. */
function envelopes(origin: string, events: readonly Event[]): string[] {
  const payloads: string[] = [];
  let batch: Event[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event)) + 1;
    if (batch.length > 0 && bytes + size > MAX_NOTIFY_BYTES) {
      payloads.push(JSON.stringify({ origin, events: batch } satisfies Envelope));
      batch = [];
      bytes = 0;
    }
    batch.push(event);
    bytes += size;
  }
  if (batch.length > 0) payloads.push(JSON.stringify({ origin, events: batch } satisfies Envelope));
  return payloads;
}
