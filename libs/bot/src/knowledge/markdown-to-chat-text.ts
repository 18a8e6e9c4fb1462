import MarkdownIt from 'markdown-it';

// Raw HTML off: articles are markdown only, and the widget shows text anyway.
const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });
type Token = ReturnType<typeof parser.parse>[number];

/** One block of chat text and the source lines it came from (end exclusive). */
interface ChatBlock {
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Article markdown as chat text: the widget renders text, never HTML, so emphasis markers go,
 * headings become plain lines, list items "• " lines (numbered ones keep their number), and
 * table rows "label: value" lines. Blocks keep the spacing they had in the source: one blank
 * line where the article had any, none where it had none.
 */
export function markdownToChatText(markdown: string): string {
  const blocks = chatBlocks(parser.parse(markdown, {}));
  return blocks
    .map((block, i) => (i === 0 ? '' : block.startLine > blocks[i - 1].endLine ? '\n\n' : '\n') + block.text)
    .join('')
    .trim();
}

function chatBlocks(tokens: readonly Token[]): ChatBlock[] {
  const blocks: ChatBlock[] = [];
  const lists: { ordered: boolean }[] = [];
  let item: { prefix: string; startLine: number; endLine: number; paragraphs: number } | null = null;
  let inTableHead = false;
  let row: string[] | null = null;
  let rowLines: [number, number] = [0, 0];
  for (const [index, token] of tokens.entries()) {
    const [startLine, endLine] = token.map ?? [0, 0];
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        item = { prefix: lists.at(-1)?.ordered ? `${token.info}${token.markup} ` : '• ', startLine, endLine, paragraphs: 0 };
        break;
      case 'list_item_close':
        item = null;
        break;
      case 'thead_open':
        // The header row names columns that the "label: value" lines already show.
        inTableHead = true;
        break;
      case 'thead_close':
        inTableHead = false;
        break;
      case 'tr_open':
        row = inTableHead ? null : [];
        rowLines = [startLine, endLine];
        break;
      case 'tr_close':
        if (row) blocks.push({ text: row.length === 2 ? `• ${row[0]}: ${row[1]}` : `• ${row.join(' · ')}`, startLine: rowLines[0], endLine: rowLines[1] });
        row = null;
        break;
      case 'inline': {
        const text = inlineText(token.children ?? []);
        const opener = tokens[index - 1];
        const [openStart, openEnd] = opener.map ?? [startLine, endLine];
        if (row) row.push(text.trim());
        else if (inTableHead) break;
        else if (item) {
          // An item's first paragraph carries the bullet; later ones stay under it.
          blocks.push({ text: `${item.paragraphs === 0 ? item.prefix : ''}${text}`, startLine: item.paragraphs === 0 ? item.startLine : openStart, endLine: openEnd });
          item.paragraphs++;
        } else blocks.push({ text, startLine: openStart, endLine: openEnd });
        break;
      }
    }
  }
  return blocks;
}

function inlineText(children: readonly Token[]): string {
  const hrefs: string[] = [];
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          return child.content;
        case 'softbreak':
        case 'hardbreak':
          return '\n';
        case 'link_open':
          hrefs.push(String(child.attrGet('href') ?? ''));
          return '';
        case 'link_close':
          return ` (${hrefs.pop()})`;
        default:
          return '';
      }
    })
    .join('');
}
