/**
 * Article markdown as chat text: the widget renders text, never HTML, so emphasis markers go,
 * headings become plain lines and table rows become "label: value" lines.
 */
export function markdownToChatText(markdown: string): string {
  const lines: string[] = [];
  const source = markdown.split('\n');
  const isSeparator = (line: string | undefined) => line !== undefined && /^\|?\s*:?-{3,}/.test(line.trim());
  for (const [index, raw] of source.entries()) {
    const line = raw.trimEnd();
    // A table's header row (the one above the |---| line) names columns the chat lines already show.
    if (isSeparator(line) || (line.startsWith('|') && isSeparator(source[index + 1]))) continue;
    if (line.startsWith('|')) {
      const cells = line.split('|').map((c) => c.trim()).filter((c) => c !== '');
      lines.push(cells.length === 2 ? `• ${cells[0]}: ${cells[1]}` : `• ${cells.join(' · ')}`);
      continue;
    }
    lines.push(line.replace(/^#{1,6}\s+/, '').replace(/^\s*[-*]\s+/, '• '));
  }
  return lines
    .join('\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
