/** Headers by lowercase name, every value of each. */
export type MailHeaders = ReadonlyMap<string, readonly string[]>;

const ROBOT_LOCAL_PARTS = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?)([+.-].*)?$/;

/**
 * Why a mail was written by a machine rather than a person (RFC 3834 and common practice), or
 * `null`. Such mail is never answered and never wakes anyone: answering it is how mail loops start.
 */
export function automatedMailReason(headers: MailHeaders, envelopeSender: string | null, fromAddress: string): string | null {
  const first = (name: string) => headers.get(name)?.[0]?.trim().toLowerCase();
  const autoSubmitted = first('auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted !== 'no' && !autoSubmitted.startsWith('no;')) return 'auto-submitted';
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return 'x-autoreply';
  if (headers.has('x-auto-response-suppress')) return 'x-auto-response-suppress';
  const precedence = first('precedence');
  if (precedence === 'bulk' || precedence === 'junk' || precedence === 'list') return `precedence-${precedence}`;
  if (headers.has('list-id')) return 'list-id';
  if (envelopeSender !== null && envelopeSender.trim() === '') return 'empty-return-path';
  const local = fromAddress.toLowerCase().split('@')[0] ?? '';
  if (ROBOT_LOCAL_PARTS.test(local)) return 'robot-sender';
  return null;
}
