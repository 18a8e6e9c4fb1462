import { IntentId, IN_SCOPE_INTENTS, INTENT_IDS, Locale, LOCALES } from '@okpay/contracts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArticleFile } from './article-file';
import { templateFactNames } from './article-template';
import { FACT_NAMES } from './fact-names';
import { KnowledgeArticle } from './knowledge-article';
import { InvalidKnowledgeBaseError } from './knowledge-base.errors';

export interface TrainingUtterance {
  readonly text: string;
  readonly locale: Locale;
  readonly intent: IntentId;
}

/** The articles of knowledge-base/, checked as a whole: both locales, every intent, known facts. */
export class KnowledgeBase {
  /** `locale/intent` → its article (the first, should a broken base have two): the bot asks many times a turn. */
  private readonly byIntent = new Map<string, KnowledgeArticle>();

  private constructor(
    readonly rootDir: string,
    private readonly articles: ReadonlyMap<string, KnowledgeArticle>,
  ) {
    for (const article of articles.values()) {
      const key = `${article.locale}/${article.intent}`;
      if (!this.byIntent.has(key)) this.byIntent.set(key, article);
    }
  }

  /** Reads and checks every article; throws InvalidKnowledgeBaseError listing every problem found. */
  static load(rootDir: string = findKnowledgeBaseDir()): KnowledgeBase {
    const problems: string[] = [];
    const articles = new Map<string, KnowledgeArticle>();
    for (const locale of LOCALES) {
      const dir = join(rootDir, locale);
      if (!existsSync(dir)) {
        problems.push(`${dir}: missing locale folder`);
        continue;
      }
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
        const path = join(dir, file);
        const parsed = parseArticleFile(readFileSync(path, 'utf8'), locale, path);
        if (Array.isArray(parsed)) {
          problems.push(...parsed);
          continue;
        }
        if (`${parsed.id}.md` !== file) problems.push(`${path}: id "${parsed.id}" does not match the file name`);
        const facts = templateFactNames(parsed.body);
        if ('error' in facts) problems.push(`${path}: ${facts.error}`);
        else for (const name of facts.names.filter((n) => !FACT_NAMES.includes(n))) problems.push(`${path}: unknown fact "${name}"`);
        articles.set(`${locale}/${parsed.id}`, parsed);
      }
    }
    const knowledgeBase = new KnowledgeBase(rootDir, articles);
    problems.push(...knowledgeBase.coverageProblems());
    if (problems.length > 0) throw new InvalidKnowledgeBaseError(problems);
    return knowledgeBase;
  }

  article(locale: Locale, id: string): KnowledgeArticle | undefined {
    return this.articles.get(`${locale}/${id}`);
  }

  /** The article that answers an intent; every intent has exactly one per locale. */
  forIntent(locale: Locale, intent: IntentId): KnowledgeArticle {
    const article = this.byIntent.get(`${locale}/${intent}`);
    if (!article) throw new Error(`No ${locale} article for ${intent}`);
    return article;
  }

  list(locale: Locale): KnowledgeArticle[] {
    return [...this.articles.values()].filter((a) => a.locale === locale);
  }

  /** What the classifier learns from: every in-scope article's examples, in both locales. */
  trainingExamples(): TrainingUtterance[] {
    return [...this.articles.values()]
      .filter((a) => a.intent !== 'out_of_scope')
      .flatMap((a) => a.examples.map((text) => ({ text, locale: a.locale, intent: a.intent })));
  }

  /** Messages the bot must not answer; used only to choose the rejection threshold, never trained on. */
  outOfScopeExamples(): TrainingUtterance[] {
    return LOCALES.flatMap((locale) => this.forIntent(locale, 'out_of_scope').examples.map((text) => ({ text, locale, intent: 'out_of_scope' as const })));
  }

  private coverageProblems(): string[] {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const here = this.list(locale);
      for (const intent of INTENT_IDS) {
        const count = here.filter((a) => a.intent === intent).length;
        if (count !== 1) problems.push(`${locale}: intent ${intent} has ${count} articles (needs exactly 1)`);
      }
      for (const other of LOCALES.filter((l) => l !== locale)) {
        for (const article of here) {
          if (!this.article(other, article.id)) problems.push(`${article.sourcePath}: no ${other} translation`);
        }
      }
      for (const article of here) {
        for (const id of article.related.filter((r) => !this.article(locale, r))) problems.push(`${article.sourcePath}: related article "${id}" does not exist`);
        if (IN_SCOPE_INTENTS.includes(article.intent) && article.examples.length === 0) problems.push(`${article.sourcePath}: no examples`);
      }
      // The dialogue picks a section by aspect whatever the customer's language, so both must have it.
      for (const other of LOCALES.filter((l) => l > locale)) {
        for (const article of here) {
          const translation = this.article(other, article.id);
          const aspects = (a: KnowledgeArticle) => Object.keys(a.sections).sort().join(', ');
          if (translation && aspects(article) !== aspects(translation)) {
            problems.push(`${article.sourcePath}: sections for [${aspects(article)}] but the ${other} translation has [${aspects(translation)}]`);
          }
        }
      }
    }
    return problems;
  }
}

/** knowledge-base/ at the repository root, found from here whether running from src/ or dist/. */
export function findKnowledgeBaseDir(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'knowledge-base', 'FACTS.md'))) return join(dir, 'knowledge-base');
  }
  throw new Error(`knowledge-base/ not found above ${from}`);
}
