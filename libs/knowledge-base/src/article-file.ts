import { isIntentId, Locale } from '@okpay/contracts';
import { load as parseYaml } from 'js-yaml';
import { articleSections } from './article-sections';
import { KnowledgeArticle } from './knowledge-article';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map((item) => (typeof item === 'number' ? String(item) : item));
  return items.every((item) => typeof item === 'string' && item.trim() !== '') ? (items as string[]) : null;
}

/**
 * One article file: YAML front matter (`id`, `intent`, `title`, `tags`, `related`, `sections`,
 * `examples`) and a markdown body. Returns the article, or the problems that make it unusable (all of them, not the first).
 */
export function parseArticleFile(source: string, locale: Locale, sourcePath: string): KnowledgeArticle | string[] {
  const match = FRONT_MATTER.exec(source);
  if (!match) return [`${sourcePath}: no front matter`];
  let meta: Record<string, unknown>;
  try {
    meta = (parseYaml(match[1]) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return [`${sourcePath}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`];
  }
  const problems: string[] = [];
  const text = (field: string): string => {
    const value = meta[field];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${sourcePath}: "${field}" must be a non-empty string`);
    return typeof value === 'string' ? value.trim() : '';
  };
  const list = (field: string): string[] => {
    const value = stringList(meta[field] ?? []);
    if (!value) problems.push(`${sourcePath}: "${field}" must be a list of non-empty strings`);
    return value ?? [];
  };
  const id = text('id');
  const intent = text('intent');
  const title = text('title');
  const tags = list('tags');
  const related = list('related');
  const examples = list('examples');
  if (intent && !isIntentId(intent)) problems.push(`${sourcePath}: unknown intent "${intent}"`);
  const body = match[2].trim();
  if (body === '') problems.push(`${sourcePath}: empty body`);
  const sections = articleSections(meta.sections, body);
  if (Array.isArray(sections)) problems.push(...sections.map((problem) => `${sourcePath}: ${problem}`));
  if (problems.length > 0 || Array.isArray(sections) || !isIntentId(intent)) return problems;
  return { id, locale, intent, title, tags, related, examples, body, sections, sourcePath };
}
