import { useState } from 'preact/hooks';
import type { WidgetStrings } from './strings';

/** A help centre path as the bot writes it ("More: /help/en/fees"). */
const HELP_PATH = /(\/help\/(?:zh-CN|en)\/[a-z0-9-]+)/;
/** An answer shows paragraphs until it has said this much (a heading line alone is not an answer), then "show more". */
const SHORT_ANSWER_CHARS = 120;

/**
 * A bot answer that reads well in a small panel: its first paragraphs (the customer's own facts
 * come first in the bot's answers; the rest collapses), and help centre paths as real links that open the article. Still text, never HTML:
 * only the matched path becomes an element.
 */
export function AnswerText({ text, origin, strings }: { text: string; origin: string; strings: WidgetStrings }) {
  const [expanded, setExpanded] = useState(false);
  const paragraphs = text.split(/\n{2,}/);
  const linkLines = paragraphs.filter((p) => HELP_PATH.test(p));
  const body = paragraphs.filter((p) => !HELP_PATH.test(p));
  const short = shortAnswer(body);
  const long = short.length < body.length;
  const shown = long && !expanded ? short : body;
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

function shortAnswer(paragraphs: string[]): string[] {
  let length = 0;
  let count = 0;
  while (count < paragraphs.length && length < SHORT_ANSWER_CHARS) {
    length += paragraphs[count].length;
    count += 1;
  }
  return paragraphs.slice(0, count);
}
