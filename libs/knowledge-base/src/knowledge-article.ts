import { IntentId, Locale } from '@okpay/contracts';
import { ArticleSections } from './article-sections';

/** One help article in one locale, as written in knowledge-base/<locale>/<id>.md. */
export interface KnowledgeArticle {
  readonly id: string;
  readonly locale: Locale;
  readonly intent: IntentId;
  readonly title: string;
  readonly tags: readonly string[];
  readonly related: readonly string[];
  /** Training utterances for the article's intent, in this locale. */
  readonly examples: readonly string[];
  /** Markdown with `{{fact.name}}` expressions. */
  readonly body: string;
  /**
   * The part of the body that answers each sub-question the article declares (front matter
   * `sections:`), as markdown from its bold heading line to the next one. Absent aspects have none.
   */
  readonly sections: ArticleSections;
  readonly sourcePath: string;
}
