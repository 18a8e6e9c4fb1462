import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';

/** A knowledge-base article (edited in git, read-only here): its intent and the locales it is written in. */
export const KnowledgeArticleSummaryViewSchema = Type.Object(
  {
    id: Type.String({ example: 'bank-transfer-delay' }),
    intent: Type.String(),
    versions: Type.Array(Type.Object({ locale: LocaleSchema, title: Type.String(), examples: Type.Integer({ description: 'training utterances' }) })),
  },
  { $id: 'KnowledgeArticleSummaryView' },
);
export type KnowledgeArticleSummaryView = Static<typeof KnowledgeArticleSummaryViewSchema>;

/** One locale of an article rendered as the help centre shows it, facts filled in. */
export const KnowledgeArticlePreviewViewSchema = Type.Object(
  { id: Type.String(), locale: LocaleSchema, intent: Type.String(), title: Type.String(), html: Type.String(), sourcePath: Type.String() },
  { $id: 'KnowledgeArticlePreviewView' },
);
export type KnowledgeArticlePreviewView = Static<typeof KnowledgeArticlePreviewViewSchema>;
