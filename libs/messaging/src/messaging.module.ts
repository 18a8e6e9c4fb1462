import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { join } from 'node:path';
import { EmailAddressHealth } from './addresses/address-health';
import { SupportAddresses } from './addresses/support-addresses';
import { EmailContacts } from './contacts/email-contacts';
import { NewMailTriage } from './inbound/new-mail-triage';
import { ReceiveEmailUseCase } from './inbound/receive-email.use-case';
import { SmtpIngestListener } from './inbound/smtp-ingest.listener';
import { EmailAttachmentEntity } from './mail/email-attachment.entity';
import { EmailDeliveries } from './mail/email-deliveries';
import { EmailMessageEntity } from './mail/email-message.entity';
import { EmailThreadEntity } from './mail/email-thread.entity';
import { EmailThreads } from './mail/email-threads';
import { Acknowledgements } from './outbound/acknowledgements';
import { AgentReplyMailer } from './outbound/agent-reply-mailer';
import { ChatTranscripts } from './outbound/chat-transcripts';
import { MailTransport, OutboxDirectoryTransport, SmtpRelayTransport } from './outbound/mail-transport';
import { OutboundMail } from './outbound/outbound-mail.service';

const SERVICES = [
  Acknowledgements,
  AgentReplyMailer,
  ChatTranscripts,
  EmailAddressHealth,
  EmailContacts,
  EmailDeliveries,
  EmailThreads,
  NewMailTriage,
  OutboundMail,
  ReceiveEmailUseCase,
  SmtpIngestListener,
];

export interface MessagingModuleImports {
  /** Exports `Clock`, `APP_CONFIG` and a `JobScheduler`. */
  readonly platform: DynamicModule;
  /** The `TicketsModule` the app built. */
  readonly tickets: DynamicModule;
  /** Exports a `TicketCalendar`: acknowledgements promise an answer in its business time. */
  readonly calendar: DynamicModule;
  /** Exports this lib's ports: an `InboundMailTriage` (the bot) and `WalletCustomerEmails`. */
  readonly ports: DynamicModule;
}

/** Email in and out. */
@Module({})
export class MessagingModule {
  static forRoot({ platform, tickets, calendar, ports }: MessagingModuleImports): DynamicModule {
    return {
      module: MessagingModule,
      imports: [platform, tickets, calendar, ports, TypeOrmModule.forFeature([EmailAttachmentEntity, EmailMessageEntity, EmailThreadEntity])],
      providers: [
        ...SERVICES,
        { provide: SupportAddresses, useFactory: (config: AppConfig) => new SupportAddresses(config.supportAddress), inject: [APP_CONFIG] },
        {
          provide: MailTransport,
          useFactory: (config: AppConfig) =>
            config.smtpUrl ? new SmtpRelayTransport(config.smtpUrl) : new OutboxDirectoryTransport(join(config.dataDir, 'outbox')),
          inject: [APP_CONFIG],
        },
      ],
      exports: [ChatTranscripts, EmailDeliveries, NewMailTriage, OutboundMail],
    };
  }
}
