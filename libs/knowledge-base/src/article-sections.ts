import { ArticleAspect, isArticleAspect } from './article-aspects';

/** A line that is only bold text: how article bodies write their section headings. */
const HEADING_LINE = /^\*\*(.+?)\*\*$/;

export type ArticleSections = Readonly<Partial<Record<ArticleAspect, string>>>;

/**
 * The sections a front matter's `sections:` mapping (aspect → heading text) points at: each from
 * its heading line to the next heading line or the end of the body. Returns the problems instead
 * (every one) when the mapping names an unknown aspect or a heading the body does not have once.
 */
export function articleSections(declared: unknown, body: string): ArticleSections | string[] {
  if (declared === undefined || declared === null) return {};
  if (typeof declared !== 'object' || Array.isArray(declared)) return ['"sections" must map aspects to section headings'];
  const lines = body.split('\n');
  const headings = lines.flatMap((line, index) => {
    const heading = HEADING_LINE.exec(line.trim());
    return heading ? [{ text: heading[1].trim(), index }] : [];
  });
  const problems: string[] = [];
  const sections: Partial<Record<ArticleAspect, string>> = {};
  for (const [aspect, heading] of Object.entries(declared as Record<string, unknown>)) {
    if (!isArticleAspect(aspect)) {
      problems.push(`unknown aspect "${aspect}" in "sections"`);
      continue;
    }
    if (typeof heading !== 'string' || heading.trim() === '') {
      problems.push(`"sections.${aspect}" must be a section heading`);
      continue;
    }
    const found = headings.filter((h) => h.text === heading.trim());
    if (found.length !== 1) {
      problems.push(`"sections.${aspect}": the body has ${found.length} bold heading lines "**${heading.trim()}**" (needs exactly 1)`);
      continue;
    }
    const start = found[0].index;
    const end = headings.find((h) => h.index > start)?.index ?? lines.length;
    sections[aspect] = lines.slice(start, end).join('\n').trim();
  }
  return problems.length > 0 ? problems : sections;
}
