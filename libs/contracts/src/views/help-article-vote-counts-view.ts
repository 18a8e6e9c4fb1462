import { Static, Type } from '@sinclair/typebox';
import { LOCALES } from '../locale';
import { StringEnum } from './string-enum';

/** `GET /help-votes`: the help centre's "Was this helpful?" answers, counted per article and locale. */
export const HelpArticleVoteCountsViewSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        locale: StringEnum(LOCALES),
        articleId: Type.String({ example: 'fees' }),
        helpful: Type.Integer(),
        notHelpful: Type.Integer(),
      }),
    ),
  },
  { $id: 'HelpArticleVoteCountsView' },
);
export type HelpArticleVoteCountsView = Static<typeof HelpArticleVoteCountsViewSchema>;
