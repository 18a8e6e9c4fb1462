import type { WidgetStrings } from './strings';

/** A help centre path as the bot writes it ("More: /help/en/fees"). */
const HELP_PATH = /(\/help\/(?:zh-CN|en)\/[a-z0-9-]+)/;

/**
 * A bot answer in paragraphs, its help centre path as a real link (a card) that opens the
 * article. Still text, never HTML: only the matched path becomes an element. Nothing is
 * collapsed: the bot puts what it found in the customer's own account after the article's
 * explanation, so hiding the middle or the end could hide their facts.
 */
export function AnswerText({ text, origin, strings }: { text: string; origin: string; strings: WidgetStrings }) {
  const paragraphs = text.split(/\n{2,}/);
  return (
    <>
      {paragraphs.map((paragraph, i) => {
        const path = HELP_PATH.exec(paragraph)?.[1];
        return path ? (
          <a key={i} class="okw-article" href={`${origin}${path}`} target="_blank" rel="noopener" data-testid="article-link">
            {strings.readArticle}
          </a>
        ) : (
          <p key={i} class="okw-text">
            {paragraph}
          </p>
        );
      })}
    </>
  );
}
