import { useState } from 'preact/hooks';
import type { WidgetStrings } from './strings';

/** A help centre path as the bot writes it ("More: /help/en/fees"). */
const HELP_PATH = /(\/help\/(?:zh-CN|en)\/[a-z0-9-]+)/;
/** A line of a list as the bot writes one: "• …", "- …", "1. …", "1、…". */
const LIST_ITEM = /^\s*(?:[•*-]|\d+[.)、])\s*/;
/** List items shown before "Show more". */
const LIST_PREVIEW = 3;

/**
 * A bot answer: its first paragraph (the short answer, which leads with the customer's own facts
 * when there are any), then the article card, then the rest and any list's items past the third
 * behind "Show more". An answer that asks the customer to pick from its list shows it whole.
 * Still text, never HTML: only the matched help path becomes an element.
 */
export function AnswerText({ text, origin, strings, collapsible }: { text: string; origin: string; strings: WidgetStrings; collapsible: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const paragraphs = text.split(/\n{2,}/);
  const path = paragraphs.map((p) => HELP_PATH.exec(p)?.[1]).find(Boolean);
  const body = paragraphs.filter((p) => !HELP_PATH.test(p));
  // A heading alone ("Current fees") is no answer: it leads together with what it heads.
  let leadLength = 1;
  while (leadLength < body.length && isHeading(body[leadLength - 1])) leadLength += 1;
  const lead = body.slice(0, leadLength).join('\n');
  const rest = body.slice(leadLength);
  const open = expanded || !collapsible;
  const hidesSome = collapsible && (rest.length > 0 || [lead, ...rest].some((p) => listItems(p) > LIST_PREVIEW));
  const shown = (paragraph: string) => (open ? paragraph : shortened(paragraph));
  return (
    <>
      <p class="okw-text">{shown(lead)}</p>
      {path && (
        <a class="okw-article" href={`${origin}${path}`} target="_blank" rel="noopener" data-testid="article-link">
          {strings.readArticle}
        </a>
      )}
      {open &&
        rest.map((paragraph, i) => (
          <p key={i} class="okw-text">
            {paragraph}
          </p>
        ))}
      {hidesSome && (
        <button type="button" class="okw-link okw-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? strings.showLess : strings.showMore}
        </button>
      )}
    </>
  );
}

function isHeading(paragraph: string): boolean {
  return !paragraph.includes('\n') && paragraph.length <= 60 && !/[.!?。！？:：]$/.test(paragraph.trim());
}

function listItems(paragraph: string): number {
  return paragraph.split('\n').filter((line) => LIST_ITEM.test(line)).length;
}

/** The paragraph with its list cut after the first few items. */
function shortened(paragraph: string): string {
  let items = 0;
  return paragraph
    .split('\n')
    .filter((line) => !LIST_ITEM.test(line) || ++items <= LIST_PREVIEW)
    .join('\n');
}
