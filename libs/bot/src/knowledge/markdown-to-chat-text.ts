/**
 * Article markdown as chat text: the widget renders text, never HTML, so emphasis markers go,
 * headings become plain lines and table rows become "label: value" lines.
 */
export function markdownToChatText(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (/^\|?\s*:?-{3,}/.test(line)) continue;
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
