import { IntentId, Locale } from '@okpay/contracts';
import { ArticleAspect, fillFacts, KnowledgeArticle, KnowledgeBase } from '@okpay/knowledge-base';
import { IntentClassifier } from '../understanding/intent-classifier';
import { classifierKey, trainedClassifier } from '../understanding/trained-classifier';
import { ClassifierStore } from './classifier-store';
import { markdownToChatText } from './markdown-to-chat-text';

interface Loaded {
  readonly knowledgeBase: KnowledgeBase;
  readonly classifier: IntentClassifier;
}

/**
 * The knowledge base and the classifier trained from it: loaded once per process, shared by the
 * server, the help centre and the CLIs. A broken article fails here, at start-up. `reload()` swaps
 * both at once (development file watching); a reload that fails keeps the previous ones.
 */
export class BotKnowledge {
  /**
   * Chat text already rendered, by article and facts object: a reload makes new articles and the
   * facts change as new objects (ArticleFacts keeps one per locale and period), so neither goes stale.
   */
  private readonly rendered = new WeakMap<KnowledgeArticle, WeakMap<Readonly<Record<string, string>>, Map<ArticleAspect | 'body', string | null>>>();

  private constructor(
    private readonly rootDir: string | undefined,
    private loaded: Loaded,
  ) {}

  static load(rootDir?: string): BotKnowledge {
    return new BotKnowledge(rootDir, BotKnowledge.read(rootDir));
  }

  /**
   * As `load`, with the classifier taken from the store every process of the app reads: trained
   * (or read from this machine's disk cache) by the first process to find none for this content,
   * while the others wait for it, then read by all. `onTraining` hears of a training before it
   * starts: seconds of CPU, worth a line at start-up.
   */
  static async loadShared(store: ClassifierStore, rootDir?: string, onTraining?: () => void): Promise<BotKnowledge> {
    const knowledgeBase = KnowledgeBase.load(rootDir);
    const examples = knowledgeBase.trainingExamples();
    const outOfScope = knowledgeBase.outOfScopeExamples();
    const key = classifierKey(examples, outOfScope);
    const classifier = await store.exclusively(key, async () => {
      const stored = await store.get(key);
      if (stored) return IntentClassifier.fromSnapshot(stored);
      onTraining?.();
      const trained = trainedClassifier(examples, outOfScope);
      await store.put(key, trained.toSnapshot());
      return trained;
    });
    return new BotKnowledge(rootDir, { knowledgeBase, classifier });
  }

  private static read(rootDir?: string): Loaded {
    const knowledgeBase = KnowledgeBase.load(rootDir);
    return { knowledgeBase, classifier: trainedClassifier(knowledgeBase.trainingExamples(), knowledgeBase.outOfScopeExamples()) };
  }

  reload(): void {
    this.loaded = BotKnowledge.read(this.rootDir);
  }

  get knowledgeBase(): KnowledgeBase {
    return this.loaded.knowledgeBase;
  }

  get classifier(): IntentClassifier {
    return this.loaded.classifier;
  }

  article(locale: Locale, intent: IntentId): KnowledgeArticle {
    return this.knowledgeBase.forIntent(locale, intent);
  }

  /** The article as chat text, facts filled in. */
  articleText(article: KnowledgeArticle, facts: Readonly<Record<string, string>>): string {
    return this.render(article, facts, 'body', () => markdownToChatText(fillFacts(article.body, facts)))!;
  }

  /** The section of the article that answers `aspect`, as chat text with facts filled in; null when it has none. */
  sectionText(article: KnowledgeArticle, aspect: ArticleAspect, facts: Readonly<Record<string, string>>): string | null {
    const section = article.sections[aspect];
    return section === undefined ? null : this.render(article, facts, aspect, () => markdownToChatText(fillFacts(section, facts)));
  }

  private render(article: KnowledgeArticle, facts: Readonly<Record<string, string>>, part: ArticleAspect | 'body', text: () => string): string | null {
    let byFacts = this.rendered.get(article);
    if (!byFacts) this.rendered.set(article, (byFacts = new WeakMap()));
    let parts = byFacts.get(facts);
    if (!parts) byFacts.set(facts, (parts = new Map()));
    if (!parts.has(part)) parts.set(part, text());
    return parts.get(part)!;
  }
}
