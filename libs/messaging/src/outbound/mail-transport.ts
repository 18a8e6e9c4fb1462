import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export type OutgoingMail = Mail.Options;

/** Hands a composed mail to the outside world. */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
  abstract close(): void;
}

/** `SMTP_URL` set: nodemailer to that relay. A 5xx answer comes back as an error with `responseCode`. */
export class SmtpRelayTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transporter = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(mail);
  }

  close(): void {
    this.transporter.close();
  }
}

/** `SMTP_URL` unset: each mail becomes an `.eml` file in the outbox directory, for a person or a test to read. */
export class OutboxDirectoryTransport extends MailTransport {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly directory: string) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.composer.sendMail(mail);
    await mkdir(this.directory, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(mail.messageId ?? 'mail').replace(/[^a-zA-Z0-9@.-]/g, '')}.eml`;
    // Written under a temporary name first, so a reader never sees half a file.
    const partial = join(this.directory, `.${name}.part`);
    await writeFile(partial, info.message as Buffer);
    await rename(partial, join(this.directory, name));
  }

  close(): void {
    this.composer.close();
  }
}
