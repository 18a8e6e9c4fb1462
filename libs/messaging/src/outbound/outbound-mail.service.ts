import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EmailAddressHealth } from '../addresses/address-health';
import { SupportAddresses } from '../addresses/support-addresses';
import { EmailMessageEntity } from '../mail/email-message.entity';
import { EmailKind, EmailMessageRecord, EmailStatus } from '../mail/email-message.record';
import { EmailThreadEntity } from '../mail/email-thread.entity';
import { RenderedEmail } from './email-templates';
import { MailTransport, OutgoingMail } from './mail-transport';
import { SEND_EMAIL_JOB, SEND_EMAIL_RETRY_LIMIT, SendEmailJobData } from './send-email.job';

export interface OutboundDraft {
  readonly kind: Extract<EmailKind, 'acknowledgement' | 'agent_reply'>;
  readonly thread: EmailThreadEntity;
  readonly ticketMessageId?: string;
  readonly content: RenderedEmail;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}

export interface TranscriptDraft {
  readonly conversationId: string;
  readonly address: string;
  readonly content: RenderedEmail;
}

const SENDER_NAME = 'OKPay Support';

/**
 * Outbound mail: stored with its content and threading headers, then sent by a durable job, so
 * a crash or a relay outage delays a mail but never loses it. Temporary failures are retried
 * with backoff; a permanent (5xx) refusal fails at once and marks the address as bouncing.
 */
@Injectable()
export class OutboundMail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly transport: MailTransport,
    private readonly addresses: SupportAddresses,
    private readonly health: EmailAddressHealth,
    private readonly clock: Clock,
  ) {}

  /** Stores the mail and its send job inside the caller's transaction. */
  async queue(manager: EntityManager, draft: OutboundDraft): Promise<EmailMessageRecord> {
    const email = this.newEmail(draft.kind, draft.thread.address, draft.content, {
      ticketId: draft.thread.ticketId,
      ticketMessageId: draft.ticketMessageId ?? null,
      inReplyTo: draft.inReplyTo,
      references: [...draft.references],
    });
    await manager.insert(EmailMessageEntity, email);
    await this.scheduleSend(manager, email.id);
    return email;
  }

  /** A chat's transcript, at most once per conversation and address. @returns false when it was queued before. */
  async queueTranscript(manager: EntityManager, draft: TranscriptDraft): Promise<boolean> {
    const email = this.newEmail('transcript', draft.address, draft.content, { conversationId: draft.conversationId });
    const inserted = await manager.createQueryBuilder().insert().into(EmailMessageEntity).values(email).orIgnore().returning('id').execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    await this.scheduleSend(manager, email.id);
    return true;
  }

  private newEmail(kind: EmailKind, toAddress: string, content: RenderedEmail, links: Partial<Pick<EmailMessageEntity, 'ticketId' | 'ticketMessageId' | 'conversationId' | 'inReplyTo' | 'references'>>): EmailMessageEntity {
    const id = randomUUID();
    return {
      id,
      direction: 'outbound',
      kind,
      ticketId: links.ticketId ?? null,
      ticketMessageId: links.ticketMessageId ?? null,
      conversationId: links.conversationId ?? null,
      messageId: this.addresses.newMessageId(id),
      contentHash: null,
      fromAddress: this.addresses.address,
      toAddress,
      subject: content.subject,
      inReplyTo: links.inReplyTo ?? null,
      references: links.references ?? [],
      fullText: content.text,
      safeHtml: content.html,
      status: 'queued',
      note: null,
      attempts: 0,
      lastError: null,
      sentAt: null,
      createdAt: this.clock.now(),
    };
  }

  private scheduleSend(manager: EntityManager, emailId: string): Promise<void> {
    return this.jobs.schedule(
      {
        name: SEND_EMAIL_JOB,
        id: deterministicJobId(SEND_EMAIL_JOB, emailId),
        data: { emailId } satisfies SendEmailJobData,
        retryLimit: SEND_EMAIL_RETRY_LIMIT,
      },
      manager,
    );
  }

  /**
   * The job. Throws on a temporary failure so the queue retries it; returns the final status
   * otherwise (a second run after success sends nothing).
   */
  async send(job: SendEmailJobData): Promise<EmailStatus> {
    const emails = this.dataSource.getRepository(EmailMessageEntity);
    const email = await emails.findOneBy({ id: job.emailId });
    if (!email || email.status === 'sent' || email.status === 'failed' || email.status === 'suppressed') return email?.status ?? 'failed';
    const bouncing = await this.health.bouncing(email.toAddress);
    if (bouncing) {
      await emails.update({ id: email.id }, { status: 'suppressed', lastError: `the address bounces: ${bouncing.reason ?? 'unknown reason'}` });
      return 'suppressed';
    }
    const thread = email.ticketId ? await this.dataSource.getRepository(EmailThreadEntity).findOneBy({ ticketId: email.ticketId }) : null;
    const attempts = email.attempts + 1;
    try {
      await this.transport.send(this.compose(email, thread));
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const reason = describe(error);
      const permanent = code !== undefined && code >= 500 && code < 600;
      if (permanent) await this.health.markBouncing(email.toAddress, reason);
      const final = permanent || attempts > SEND_EMAIL_RETRY_LIMIT;
      await emails.update({ id: email.id }, { status: final ? 'failed' : 'retrying', attempts, lastError: reason });
      if (final) return 'failed';
      throw error;
    }
    await emails.update({ id: email.id }, { status: 'sent', attempts, lastError: null, sentAt: this.clock.now() });
    return 'sent';
  }

  private compose(email: EmailMessageEntity, thread: EmailThreadEntity | null): OutgoingMail {
    const automatic = email.kind === 'acknowledgement';
    return {
      from: { name: SENDER_NAME, address: email.fromAddress },
      to: email.toAddress,
      ...(thread ? { replyTo: this.addresses.replyAddress(thread.replyToken) } : {}),
      subject: email.subject,
      text: email.fullText ?? '',
      html: email.safeHtml ?? undefined,
      messageId: `<${email.messageId}>`,
      ...(email.inReplyTo ? { inReplyTo: `<${email.inReplyTo}>` } : {}),
      ...(email.references.length > 0 ? { references: email.references.map((r) => `<${r}>`) } : {}),
      date: email.createdAt,
      // RFC 3834: an automatic answer says so, so that the customer's own auto-responder stays quiet.
      headers: automatic ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : {},
    };
  }
}

/** What an agent sees as the failure: the relay's answer, never credentials. */
function describe(error: unknown): string {
  const e = error as { response?: string; code?: string; message?: string };
  return (e.response ?? e.message ?? e.code ?? String(error)).replace(/\s+/g, ' ').slice(0, 500);
}
