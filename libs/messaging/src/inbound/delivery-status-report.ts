import { MailHeaders } from './loop-guard';

export interface FailedRecipient {
  readonly address: string;
  readonly status: string;
  readonly diagnostic: string | null;
}

/** Whether the mail is a delivery status notification (RFC 3464): a bounce, not a customer. */
export function isDeliveryStatusReport(headers: MailHeaders): boolean {
  const type = headers.get('content-type')?.[0]?.toLowerCase() ?? '';
  return type.startsWith('multipart/report') && /report-type\s*=\s*"?delivery-status/.test(type);
}

/**
 * The recipients a DSN reports as permanently failed (`Action: failed`, status 5.x.x), read from
 * its `message/delivery-status` part. Delays (4.x.x) are not bounces.
 */
export function permanentlyFailedRecipients(deliveryStatus: string): FailedRecipient[] {
  const failed: FailedRecipient[] = [];
  // Per-recipient field groups are separated by blank lines; the first group is per-message.
  for (const group of deliveryStatus.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of group.replace(/\n[ \t]+/g, ' ').split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
    const action = fields.get('action')?.toLowerCase();
    const status = fields.get('status') ?? '';
    if (!recipient || action !== 'failed' || !status.startsWith('5')) continue;
    const address = recipient.includes(';') ? recipient.slice(recipient.indexOf(';') + 1) : recipient;
    failed.push({ address: address.trim().replace(/^<|>$/g, '').toLowerCase(), status, diagnostic: fields.get('diagnostic-code') ?? null });
  }
  return failed;
}
