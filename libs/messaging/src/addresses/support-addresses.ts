import { randomBytes } from 'node:crypto';

/** Reply tokens: 20 lowercase base-32 characters (100 bits), unguessable and safe in a local part. */
const TOKEN = /^[a-z2-7]{20}$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function newReplyToken(): string {
  return [...randomBytes(20)].map((b) => BASE32[b % 32]).join('');
}

/**
 * The addresses the listener accepts: the support address and its reply addresses
 * (`support+<token>@domain`), which carry a ticket's thread token, and postmaster, which RFC 5321
 * (4.5.1) requires every mail domain to accept. Anything else is not ours.
 */
export class SupportAddresses {
  readonly address: string;
  readonly localPart: string;
  readonly domain: string;

  constructor(supportAddress: string) {
    this.address = supportAddress.toLowerCase();
    const at = this.address.lastIndexOf('@');
    this.localPart = this.address.slice(0, at);
    this.domain = this.address.slice(at + 1);
  }

  /** `null` when the address is not ours; otherwise the thread token it carries, if any. */
  recipient(address: string): { token: string | null } | null {
    const lower = address.trim().toLowerCase();
    // Postmaster's mail goes where the support address's goes: a person's becomes a ticket, a bounce
    // or an auto-reply is recognised as such by the inbound path.
    if (lower === this.address || lower === 'postmaster' || lower === `postmaster@${this.domain}`) return { token: null };
    const at = lower.lastIndexOf('@');
    if (at < 0 || lower.slice(at + 1) !== this.domain) return null;
    const local = lower.slice(0, at);
    if (!local.startsWith(`${this.localPart}+`)) return null;
    const token = local.slice(this.localPart.length + 1);
    return TOKEN.test(token) ? { token } : null;
  }

  replyAddress(token: string): string {
    return `${this.localPart}+${token}@${this.domain}`;
  }

  /** A fresh Message-ID (without angle brackets) in our own domain. */
  newMessageId(id: string): string {
    return `${id}@${this.domain}`;
  }
}
