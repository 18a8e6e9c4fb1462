import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, userValueErrorOf } from '@okpay/shared';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { SupportAddresses } from '../addresses/support-addresses';
import { ReceiveEmailUseCase } from './receive-email.use-case';

/** Connections served at once; with the size limit this bounds the memory mail can take. */
const MAX_CLIENTS = 100;

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The inbound MX: plain SMTP without AUTH (the internet does not log in to deliver mail), that
 * accepts only the support address, its reply addresses and postmaster (no open relay) and mail up
 * to the size limit. Runs only in a process with the `mail` role; off when SMTP_INGEST_PORT is 0.
 */
@Injectable()
export class SmtpIngestListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(SmtpIngestListener.name);
  private server: SMTPServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly addresses: SupportAddresses,
    private readonly receive: ReceiveEmailUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.smtpIngestPort === 0 || !this.config.roles.includes('mail')) return;
    const server = new SMTPServer({
      name: this.addresses.domain,
      banner: 'OKPay Support',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: this.config.inboundMailMaxBytes,
      maxClients: MAX_CLIENTS,
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.addresses.recipient(address.address)) callback();
        else callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here, relaying denied`));
      },
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    server.on('error', (error) => this.log.error(`SMTP listener error: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.smtpIngestPort, this.config.smtpIngestHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.log.log(`SMTP listener on ${this.config.smtpIngestHost}:${this.config.smtpIngestPort} for ${this.addresses.address}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Chunks are kept only up to the limit; past it the rest is read and dropped, so an oversize
   * mail costs no more memory than an allowed one, and is refused with 552 at the end.
   */
  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= this.config.inboundMailMaxBytes) chunks.push(chunk);
    });
    stream.on('end', () => {
      if (stream.sizeExceeded || size > this.config.inboundMailMaxBytes) {
        callback(smtpError(552, `5.3.4 Message exceeds the size limit of ${this.config.inboundMailMaxBytes} bytes`));
        return;
      }
      const mailFrom = session.envelope.mailFrom;
      const envelope = { sender: mailFrom ? mailFrom.address : '', recipients: session.envelope.rcptTo.map((r) => r.address) };
      this.receive.execute(Buffer.concat(chunks, size), envelope).then(
        () => callback(),
        (error: unknown) => {
          this.log.error(`inbound mail not stored: ${error instanceof Error ? error.message : String(error)}`);
          // The same mail would fail the same way on every retry: say so for good.
          if (userValueErrorOf(error)) callback(smtpError(554, '5.6.0 Message content cannot be stored'));
          // Temporary: the sending server keeps the mail and tries again later.
          else callback(smtpError(451, '4.3.0 Temporary failure, please try again later'));
        },
      );
    });
    stream.on('error', (error) => {
      this.log.warn(`inbound mail stream failed: ${error.message}`);
    });
  }
}
