import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { UpdateTicketUseCase } from '@okpay/tickets';
import { DataSource, EntityManager } from 'typeorm';
import { claimMailForTriage } from '../mail/email-messages.repository';
import { EmailThreads } from '../mail/email-threads';
import { Acknowledgements } from '../outbound/acknowledgements';
import { InboundMailTriage, MailTriage } from '../ports/inbound-mail-triage';
import { newReplyText } from './reply-text';
import { TRIAGE_MAIL_JOB, TRIAGE_MAIL_RETRY_LIMIT, TriageMailJobData } from './triage-mail.job';

/**
 * The bot's reading of a mail that opened a ticket, off the SMTP path: a durable job queued in the
 * transaction that stores the mail (so the 250 waits for no classifier, and a mail accepted is
 * triaged even if the process stops right after), which sets the ticket's category and priority,
 * its SLA due times and alerts, and queues the acknowledgement with the article the bot is sure of.
 */
@Injectable()
export class NewMailTriage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly triage: InboundMailTriage,
    private readonly tickets: UpdateTicketUseCase,
    private readonly threads: EmailThreads,
    private readonly acknowledgements: Acknowledgements,
    private readonly clock: Clock,
  ) {}

  /** Queues the triage inside the caller's transaction. */
  queue(manager: EntityManager, emailId: string, senderName: string | null): Promise<void> {
    return this.jobs.schedule(
      {
        name: TRIAGE_MAIL_JOB,
        id: deterministicJobId(TRIAGE_MAIL_JOB, emailId),
        data: { emailId, senderName } satisfies TriageMailJobData,
        retryLimit: TRIAGE_MAIL_RETRY_LIMIT,
      },
      manager,
    );
  }

  /** The job. @returns whether it triaged the mail (false when a run before it did). */
  run(job: TriageMailJobData): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const mail = await claimMailForTriage(manager, job.emailId, this.clock.now());
      if (!mail) return false;
      const thread = await this.threads.forTicket(manager, mail.ticketId);
      if (!thread) return false;
      const text = newReplyText(mail.fullText);
      const triage = text ? await this.classify(text, thread.locale) : null;
      const ticket = await this.tickets.applyTriage(manager, mail.ticketId, {
        ...(triage ? { category: triage.intent } : {}),
        ...(triage?.priority ? { priority: triage.priority } : {}),
      });
      await this.acknowledgements.queue(manager, ticket, thread, { fromName: job.senderName, messageId: mail.messageId, references: mail.references }, triage);
      return true;
    });
  }

  /** A classifier that fails leaves the ticket as it opened, with an acknowledgement without an article. */
  private async classify(text: string, locale: Locale): Promise<MailTriage | null> {
    try {
      return await this.triage.triage(text, locale);
    } catch {
      return null;
    }
  }
}
