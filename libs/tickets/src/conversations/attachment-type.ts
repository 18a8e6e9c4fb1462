import { AttachmentContentType } from '@okpay/contracts';
import { maskSensitiveText } from '@okpay/shared';

const SIGNATURES: readonly { readonly type: AttachmentContentType; readonly matches: (b: Buffer) => boolean }[] = [
  { type: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** What a file is, from its first bytes (never from its name or a declared type); null if not allowed. */
export function detectAttachmentType(content: Buffer): AttachmentContentType | null {
  return SIGNATURES.find((signature) => signature.matches(content))?.type ?? null;
}

/** A file name safe to show and to put in a Content-Disposition header. */
export function safeFileName(name: string | undefined, type: AttachmentContentType): string {
  // A file name is typed by whoever uploads it, like any text.
  const cleaned = maskSensitiveText(name ?? '')
    .replace(/[\\/]/g, '_')
    // Control characters and quotes would break the Content-Disposition header.
    .replace(/["\p{Cc}]/gu, '')
    .trim()
    .slice(0, 120);
  return cleaned || `attachment.${type === 'application/pdf' ? 'pdf' : type.slice('image/'.length)}`;
}
