import { withoutUnsafeCharacters } from '@okpay/shared';
import PostalMime from 'postal-mime';
import { createHash } from 'node:crypto';
import { MailHeaders } from './loop-guard';

export interface InboundAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** A received mail, parsed: what the rest of the inbound path needs, nothing MIME-specific. */
export interface InboundMail {
  readonly headers: MailHeaders;
  readonly fromAddress: string;
  readonly fromName: string | null;
  readonly subject: string;
  /** Without angle brackets; a stand-in derived from the content when the mail had none. */
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: string[];
  readonly text: string;
  readonly html: string | null;
  readonly attachments: InboundAttachment[];
  /** Identifies the content, so a second delivery of the same message is recognised. */
  readonly contentHash: string;
}

/** Message-IDs in a header value, without angle brackets. */
export function messageIdsIn(value: string | undefined | null): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  return bracketed.length > 0 ? bracketed : value.split(/\s+/).filter((v) => v.includes('@'));
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : Buffer.from(content);
}

/** Parsed text, as PostgreSQL can store it: a NUL in a mail is a sender's bug, not a reason to refuse the mail. */
function clean(text: string): string;
function clean(text: string | undefined): string | undefined;
function clean(text: string | undefined): string | undefined {
  return text === undefined ? undefined : withoutUnsafeCharacters(text);
}

export async function parseInboundMail(raw: Buffer, envelopeSender: string | null): Promise<InboundMail> {
  const parsed = await PostalMime.parse(raw);
  const email = {
    ...parsed,
    subject: clean(parsed.subject),
    text: clean(parsed.text),
    html: clean(parsed.html),
    messageId: clean(parsed.messageId),
    inReplyTo: clean(parsed.inReplyTo),
    references: clean(parsed.references),
  };
  const headers = new Map<string, string[]>();
  for (const header of email.headers) headers.set(clean(header.key), [...(headers.get(clean(header.key)) ?? []), clean(header.value)]);
  const from = email.from && 'address' in email.from && email.from.address ? email.from : undefined;
  const fromAddress = clean(from?.address ?? envelopeSender ?? '').trim().toLowerCase();
  const attachments = email.attachments.map((a) => ({
    filename: clean(a.filename ?? 'attachment'),
    contentType: clean(a.mimeType).toLowerCase(),
    content: bytesOf(a.content),
  }));
  const hash = createHash('sha256');
  for (const part of [fromAddress, email.subject ?? '', email.text ?? '', email.html ?? '']) hash.update(part).update('\0');
  for (const a of attachments) hash.update(a.contentType).update('\0').update(a.content).update('\0');
  const contentHash = hash.digest('hex');
  const [messageId] = messageIdsIn(email.messageId);
  return {
    headers,
    fromAddress,
    fromName: clean(from?.name) || null,
    subject: (email.subject ?? '').trim(),
    messageId: messageId ?? `no-message-id.${contentHash.slice(0, 32)}@okpay.invalid`,
    inReplyTo: messageIdsIn(email.inReplyTo)[0] ?? null,
    references: messageIdsIn(email.references),
    text: email.text ?? '',
    html: email.html ?? null,
    attachments,
    contentHash,
  };
}
