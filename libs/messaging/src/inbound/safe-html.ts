import { convert, HtmlToTextOptions } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * Mail HTML as agents may see it: formatting only. No script, no styles that could overlay the
 * inbox, no event handlers, no images (remote ones are tracking pixels), links only to http(s)
 * and mailto, opening in a new tab without the opener.
 */
export function safeMailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'img'),
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  });
}

/**
 * How an HTML-only mail reads as text: one line per paragraph, heading or cell (cells run into each
 * other's words otherwise), no wrapping, link text without its address and no images, as the
 * inbox shows the sanitised HTML beside it. Quotes keep html-to-text's `> ` prefix, which the
 * reply extractor already treats as quoted history.
 */
const MAIL_TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
    ...['td', 'th'].map((selector) => ({ selector, format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
  ],
};

/** Plain text of an HTML-only mail, entities decoded, scripts and styles dropped. */
export function textOfHtml(html: string): string {
  return convert(html, MAIL_TEXT_OPTIONS).trim();
}
