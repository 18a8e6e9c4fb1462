/** Lines that start the quoted history a mail client appends under a reply. */
const QUOTE_HEADERS = [
  /^On .{3,300} wrote:\s*$/i,
  /^在.{1,200}(写道|寫道)\s*[:：]\s*$/,
  /^-{2,}\s*(Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
  /^(From|发件人|寄件者)\s*[:：].+$/i,
];

/** Signature starts: the `-- ` delimiter and what phones add. */
const SIGNATURE_STARTS = [/^-- ?$/, /^(Sent from my |Get Outlook for |发自我的|從我的 ?iPhone)/i];

/**
 * The new part of a reply: quoted history (`> ` lines, "On … wrote:", Outlook headers) and the
 * signature removed. When nothing would be left, the whole text stays: better too much than nothing.
 */
export function newReplyText(fullText: string): string {
  const lines = fullText.replace(/\r\n/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const twoLines = i + 1 < lines.length ? `${line} ${lines[i + 1].trim()}` : line;
    if (QUOTE_HEADERS.some((re) => re.test(line)) || (/^On /i.test(line) && /wrote:\s*$/i.test(twoLines))) {
      end = i;
      break;
    }
    if (SIGNATURE_STARTS.some((re) => re.test(lines[i])) || SIGNATURE_STARTS.some((re) => re.test(line))) {
      end = i;
      break;
    }
    if (line.startsWith('>') && lines.slice(i).every((l) => l.trim() === '' || l.trim().startsWith('>'))) {
      end = i;
      break;
    }
  }
  const trimmed = lines.slice(0, end).join('\n').trim();
  return trimmed === '' ? fullText.trim() : trimmed;
}
