export { ARTICLE_ASPECTS, ArticleAspect, isArticleAspect } from './article-aspects';
export { ArticleSections } from './article-sections';
export { fillFacts, templateFactNames } from './article-template';
export { FACT_NAMES } from './fact-names';
export { catalogueFactNames, withExampleValues } from './facts-catalogue';
export { KnowledgeArticle } from './knowledge-article';
export { findKnowledgeBaseDir, KnowledgeBase, TrainingUtterance } from './knowledge-base';
export { InvalidKnowledgeBaseError } from './knowledge-base.errors';
