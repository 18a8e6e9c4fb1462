import { NewMailTriage, OutboundMail, TRIAGE_MAIL_JOB, TriageMailJobData } from '@okpay/messaging';
import nodemailer, { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { TestApp } from './test-app';

export interface ReceivedMail {
  readonly envelopeFrom: string;
  readonly envelopeTo: string[];
  readonly raw: Buffer;
  readonly parsed: PostalMime.Email;
  header(name: string): string | undefined;
}

/**
 * A local SMTP server standing in for the outside relay (the one true edge): it receives what
 * the app sends over a real SMTP conversation, and can be told to refuse (4xx or 5xx).
 */
export interface MailSink {
  readonly port: number;
  readonly url: string;
  readonly received: ReceivedMail[];
  /** The SMTP reply code to refuse every recipient with, or `null` to accept. */
  refuseWith(code: number | null): void;
  close(): Promise<void>;
}

export async function startMailSink(): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  let refusal: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo: (_address, _session, callback) => {
      if (refusal === null) return callback();
      callback(Object.assign(new Error(refusal >= 500 ? '5.1.1 mailbox unavailable' : '4.3.2 try again later'), { responseCode: refusal }));
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        PostalMime.parse(raw).then((parsed) => {
          received.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            parsed,
            header: (name) => parsed.headers.find((h) => h.key === name.toLowerCase())?.value,
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseWith: (code) => (refusal = code),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP client of the app's listener that keeps its connection for many mails. */
export function listenerClient(port: number): Transporter {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity });
}

/** Delivers a mail to the app's SMTP listener the way a sending server would. */
export async function sendToListener(port: number, mail: Mail.Options): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, disableFileAccess: true, disableUrlAccess: true });
  try {
    await transport.sendMail(mail);
  } finally {
    transport.close();
  }
}

/**
 * Plays the worker for outgoing mail: runs the triage still queued (which queues the
 * acknowledgements), then the send job of every outbound mail still waiting. @returns the statuses.
 */
export async function runQueuedSends(t: TestApp): Promise<string[]> {
  await runQueuedTriage(t);
  const outbound = t.app.get(OutboundMail);
  const rows: { id: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT id FROM email_messages WHERE direction = 'outbound' AND status IN ('queued', 'retrying') ORDER BY created_at, id`);
  const statuses: string[] = [];
  for (const row of rows) {
    try {
      statuses.push(await outbound.send({ emailId: row.id }));
    } catch {
      statuses.push('retrying');
    }
  }
  return statuses;
}

/**
 * Plays the worker: runs every triage job queued for received mail (a run finds the ones triaged
 * before claimed and does nothing). @returns how many mails this call triaged.
 */
export async function runQueuedTriage(t: TestApp): Promise<number> {
  const triage = t.app.get(NewMailTriage);
  const jobs: { data: TriageMailJobData }[] = await t.app.get(DataSource).query(`SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [TRIAGE_MAIL_JOB]);
  let triaged = 0;
  for (const job of jobs) if (await triage.run(job.data)) triaged++;
  return triaged;
}

/** Message-ID header value without angle brackets. */
export const bare = (id: string | undefined) => (id ?? '').replace(/^<|>$/g, '');
