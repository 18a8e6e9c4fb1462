import { Locale, LOCALES } from '@okpay/contracts';
import { KnowledgeArticle } from '@okpay/knowledge-base';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in articles is off: markdown only. The sanitizer behind it is a second line of defence.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const ALLOWED_TAGS = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'hr', 'br'];

export function articleHtml(filledMarkdown: string): string {
  return sanitizeHtml(markdown.render(filledMarkdown), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['https', 'mailto', 'tel'],
    allowProtocolRelative: false,
  });
}

const STRINGS = {
  'zh-CN': { centre: 'OKPay 帮助中心', search: '搜索', searchPlaceholder: '输入您的问题', results: '搜索结果', none: '没有找到相关文章。', related: '相关文章', other: 'English', back: '全部文章' },
  en: { centre: 'OKPay Help Centre', search: 'Search', searchPlaceholder: 'Type your question', results: 'Search results', none: 'No matching articles.', related: 'Related articles', other: '中文', back: 'All articles' },
} as const;

const layout = Handlebars.compile(
  `<!doctype html>
<html lang="{{locale}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a2e}a{color:#0b5fff}header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.3rem .6rem}form{margin:1rem 0;display:flex;gap:.5rem}input{flex:1;padding:.4rem}</style>
</head>
<body>
<header><a href="/help/{{locale}}"><strong>{{strings.centre}}</strong></a><a href="/help/{{otherLocale}}" lang="{{otherLocale}}">{{strings.other}}</a></header>
<form action="/help/{{locale}}/search" method="get" role="search"><label for="q" hidden>{{strings.search}}</label><input id="q" name="q" value="{{query}}" placeholder="{{strings.searchPlaceholder}}"><button>{{strings.search}}</button></form>
<main>
{{#if heading}}<h1>{{heading}}</h1>{{/if}}
{{{content}}}
{{#if list}}<ul>{{#each list}}<li><a href="/help/{{../locale}}/{{id}}">{{title}}</a></li>{{/each}}</ul>{{/if}}
{{#if empty}}<p>{{strings.none}}</p>{{/if}}
{{#if related}}<h2>{{strings.related}}</h2><ul>{{#each related}}<li><a href="/help/{{../locale}}/{{id}}">{{title}}</a></li>{{/each}}</ul>{{/if}}
</main>
</body></html>`,
  { strict: false },
);

interface PageModel {
  readonly locale: Locale;
  readonly title: string;
  readonly heading?: string;
  readonly content?: string;
  readonly list?: readonly { id: string; title: string }[];
  readonly related?: readonly { id: string; title: string }[];
  readonly query?: string;
  readonly empty?: boolean;
}

function page(model: PageModel): string {
  return layout({ ...model, strings: STRINGS[model.locale], otherLocale: LOCALES.find((l) => l !== model.locale) });
}

const listed = (articles: readonly KnowledgeArticle[]) => articles.filter((a) => a.intent !== 'out_of_scope').map((a) => ({ id: a.id, title: a.title }));

export function indexPage(locale: Locale, articles: readonly KnowledgeArticle[]): string {
  return page({ locale, title: STRINGS[locale].centre, heading: STRINGS[locale].centre, list: listed(articles) });
}

export function articlePage(article: KnowledgeArticle, html: string, related: readonly KnowledgeArticle[]): string {
  return page({ locale: article.locale, title: `${article.title} · ${STRINGS[article.locale].centre}`, heading: article.title, content: html, related: listed(related) });
}

export function searchPage(locale: Locale, query: string, results: readonly KnowledgeArticle[]): string {
  return page({ locale, title: `${STRINGS[locale].results} · ${STRINGS[locale].centre}`, heading: STRINGS[locale].results, query, list: listed(results), empty: results.length === 0 });
}
