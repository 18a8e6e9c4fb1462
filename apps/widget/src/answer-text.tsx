import { useState } from 'preact/hooks';
import type { WidgetStrings } from './strings';

/** A help centre path as the bot writes it ("More: /help/en/fees"). */
const HELP_PATH = /(\/help\/(?:zh-CN|en)\/[a-z0-9-]+)/;
/** Past this, an answer shows its first paragraph and a "show more" button. */
const SHORT_ANSWER_CHARS = 220;

/**
 * A bot answer that reads well in a small panel: the first paragraph first (long answers
 * collapse), and help centre paths as real links that open the article. Still text, never HTML:
 * only the matched path becomes an element.
 */
export function AnswerText({ text, origin, strings }: { text: string; origin: string; strings: WidgetStrings }) {
  const [expanded, setExpanded] = useState(false);
  const paragraphs = text.split(/\n{2,}/);
  const linkLines = paragraphs.filter((p) => HELP_PATH.test(p));
  const body = paragraphs.filter((p) => !HELP_PATH.test(p));
  const long = body.length > 1 && body.join('\n\n').length > SHORT_ANSWER_CHARS;
  const shown = long && !expanded ? body.slice(0, 1) : body;
  return (
    <>
      {shown.map((paragraph, i) => (
        <p key={i} class="okw-text">
          {paragraph}
        </p>
      ))}
      {long && (
        <button type="button" class="okw-link okw-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? strings.showLess : strings.showMore}
        </button>
      )}
      {linkLines.map((line) => {
        const path = HELP_PATH.exec(line)![1];
        return (
          <a key={path} class="okw-article" href={`${origin}${path}`} target="_blank" rel="noopener" data-testid="article-link">
            {strings.readArticle}
          </a>
        );
      })}
    </>
  );
}
