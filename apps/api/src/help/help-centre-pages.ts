import { createHash } from 'node:crypto';
import { Locale, LOCALES } from '@okpay/contracts';
import { KnowledgeArticle } from '@okpay/knowledge-base';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { HELP_CATEGORY_IDS, HELP_CATEGORY_NAMES, HELP_CATEGORY_OF_INTENT, HelpCategoryId, isHelpPage } from './help-categories';
import { HELP_CENTRE_STYLES } from './help-centre-styles';
import { HELP_VOTE_SCRIPT } from './help-vote-script';

// Raw HTML in articles is off: markdown only. The sanitizer behind it is a second line of defence.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const ALLOWED_TAGS = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'hr', 'br'];
/** Search engines show about this much of a description. */
const DESCRIPTION_CHARS = 155;

export function articleHtml(filledMarkdown: string): string {
  return sanitizeHtml(markdown.render(filledMarkdown), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['https', 'mailto', 'tel'],
    allowProtocolRelative: false,
  });
}

/** The article's opening words as plain text, for `<meta name="description">` and link previews. */
export function articleDescription(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
  return text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : text;
}

const STRINGS = {
  'zh-CN': {
    centre: 'OKPay 帮助中心',
    ogLocale: 'zh_CN',
    description: 'OKPay 数字钱包帮助中心：账户与安全、充值、付款、费用与限额、退款、跨境转账，以及如何联系我们。',
    search: '搜索',
    searchLabel: '搜索帮助文章',
    searchPlaceholder: '输入您的问题，例如“充值没到账”',
    results: '搜索结果',
    resultsFor: '搜索：',
    none: '没有找到相关文章。试试换个说法，或点击右下角的客服按钮问我们。',
    related: '相关文章',
    other: 'English',
    home: '首页',
    categories: '文章分类',
    helpful: '这篇文章对您有帮助吗？',
    yes: '有帮助',
    no: '没有帮助',
    thanks: '感谢您的反馈！',
    voteFailed: '提交失败，请稍后再试。',
    chat: '还没解决？点击右下角的客服按钮和我们聊聊。',
  },
  en: {
    centre: 'OKPay Help Centre',
    ogLocale: 'en_GB',
    description: 'Help with your OKPay wallet: account and security, top-ups, payments, fees and limits, refunds, sending money abroad, and how to reach us.',
    search: 'Search',
    searchLabel: 'Search help articles',
    searchPlaceholder: 'Type your question, e.g. "top-up not arrived"',
    results: 'Search results',
    resultsFor: 'Search: ',
    none: 'No matching articles. Try other words, or ask us with the chat button at the bottom right.',
    related: 'Related articles',
    other: '中文',
    home: 'Home',
    categories: 'Categories',
    helpful: 'Was this article helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback!',
    voteFailed: 'Could not send that, please try again later.',
    chat: 'Still stuck? The chat button at the bottom right reaches us.',
  },
} as const;

/** The vote script is inline; the page's policy allows exactly it by its hash, and nothing else inline. */
const VOTE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(HELP_VOTE_SCRIPT).digest('base64')}'`;

/** Help pages: scripts from this origin (the chat widget) and the vote script, connections to this origin only. */
export const HELP_PAGE_CSP = [
  "default-src 'none'",
  `script-src 'self' ${VOTE_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const layout = Handlebars.compile(
  `<!doctype html>
<html lang="{{locale}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{{title}}</title>
<meta name="description" content="{{description}}">
<meta property="og:type" content="{{#if article}}article{{else}}website{{/if}}">
<meta property="og:title" content="{{title}}">
<meta property="og:description" content="{{description}}">
<meta property="og:url" content="{{publicUrl}}{{path}}">
<meta property="og:site_name" content="{{strings.centre}}">
<meta property="og:locale" content="{{strings.ogLocale}}">
<meta name="twitter:card" content="summary">
<link rel="canonical" href="{{publicUrl}}{{path}}">
{{#each alternates}}<link rel="alternate" hreflang="{{locale}}" href="{{../publicUrl}}{{path}}">
{{/each}}<link rel="alternate" hreflang="x-default" href="{{publicUrl}}{{defaultPath}}">
<link rel="icon" href="/favicon.ico">
<style>{{{styles}}}</style>
</head>
<body>
<header class="hc-header">
  <a class="hc-brand" href="/help/{{locale}}">{{strings.centre}}</a>
  <a class="hc-lang" href="{{otherPath}}" hreflang="{{otherLocale}}" lang="{{otherLocale}}">{{strings.other}}</a>
</header>
<div class="hc-search">
<form action="/help/{{locale}}/search" method="get" role="search">
<label for="q" class="hc-sr">{{strings.searchLabel}}</label>
<input id="q" name="q" type="search" value="{{query}}" placeholder="{{strings.searchPlaceholder}}" list="hc-titles" autocomplete="off">
<datalist id="hc-titles">{{#each suggestions}}<option value="{{this}}"></option>{{/each}}</datalist>
<button type="submit">{{strings.search}}</button>
</form>
</div>
<main class="hc-main">
{{#if crumbs}}<nav class="hc-crumbs" aria-label="breadcrumb"><a href="/help/{{locale}}">{{strings.home}}</a>{{#if category}} › <a href="/help/{{locale}}#{{category.id}}">{{category.name}}</a>{{/if}}</nav>{{/if}}
{{#if heading}}<h1>{{heading}}</h1>{{/if}}
{{#if categories}}<div class="hc-categories">{{#each categories}}
<section class="hc-category" id="{{id}}" aria-labelledby="cat-{{id}}"><h2 id="cat-{{id}}">{{name}}</h2><ul>{{#each articles}}<li><a href="/help/{{../../locale}}/{{id}}">{{title}}</a></li>{{/each}}</ul></section>{{/each}}
</div>{{/if}}
{{#if content}}<article class="hc-article">{{{content}}}</article>{{/if}}
{{#if list}}<ul class="hc-results">{{#each list}}<li><a href="/help/{{../locale}}/{{id}}">{{title}}</a></li>{{/each}}</ul>{{/if}}
{{#if empty}}<p>{{strings.none}}</p>{{/if}}
{{#if voted}}<div class="hc-vote" id="hc-vote"><p class="hc-vote-status" role="status">{{strings.thanks}}</p></div>
{{else if article}}<form class="hc-vote" id="hc-vote" method="post" action="/help/{{locale}}/{{article}}/vote" data-vote data-locale="{{locale}}" data-article="{{article}}" data-thanks="{{strings.thanks}}" data-failed="{{strings.voteFailed}}">
<p id="hc-vote-q">{{strings.helpful}}</p>
<div role="group" aria-labelledby="hc-vote-q"><button type="submit" name="helpful" value="true">{{strings.yes}}</button><button type="submit" name="helpful" value="false">{{strings.no}}</button></div>
<p class="hc-vote-status" role="status"></p>
</form>{{/if}}
{{#if related}}<section class="hc-related" aria-labelledby="hc-related"><h2 id="hc-related">{{strings.related}}</h2><ul>{{#each related}}<li><a href="/help/{{../locale}}/{{id}}">{{title}}</a></li>{{/each}}</ul></section>{{/if}}
<p class="hc-chat">{{strings.chat}}</p>
</main>
{{#if article}}<script>{{{voteScript}}}</script>{{/if}}
<script src="/widget.js" data-locale="{{locale}}" async></script>
</body></html>`,
  { strict: false },
);

interface ArticleLink {
  id: string;
  title: string;
}

interface PageModel {
  readonly locale: Locale;
  readonly publicUrl: string;
  /** This page's path without the locale (`''`, `/fees`, `/search?q=…`), the same in both languages. */
  readonly pathInLocale: string;
  readonly title: string;
  readonly description: string;
  readonly suggestions: readonly string[];
  readonly heading?: string;
  readonly content?: string;
  readonly categories?: readonly { id: HelpCategoryId; name: string; articles: ArticleLink[] }[];
  readonly category?: { id: HelpCategoryId; name: string };
  readonly crumbs?: boolean;
  readonly list?: readonly ArticleLink[];
  readonly related?: readonly ArticleLink[];
  readonly article?: string;
  /** The page a vote sent without JavaScript comes back to: thanks instead of the question. */
  readonly voted?: boolean;
  readonly query?: string;
  readonly empty?: boolean;
}

function page(model: PageModel): string {
  const otherLocale = LOCALES.find((l) => l !== model.locale)!;
  const pathFor = (locale: Locale) => `/help/${locale}${model.pathInLocale}`;
  return layout({
    ...model,
    strings: STRINGS[model.locale],
    styles: HELP_CENTRE_STYLES,
    voteScript: HELP_VOTE_SCRIPT,
    otherLocale,
    otherPath: pathFor(otherLocale),
    path: pathFor(model.locale),
    defaultPath: pathFor('zh-CN'),
    alternates: LOCALES.map((locale) => ({ locale, path: pathFor(locale) })),
  });
}

/** Only real help pages: small talk and handoffs are things the bot does, not articles. */
export const helpPages = (articles: readonly KnowledgeArticle[]) => articles.filter((a) => isHelpPage(a.intent));
const links = (articles: readonly KnowledgeArticle[]): ArticleLink[] => helpPages(articles).map((a) => ({ id: a.id, title: a.title }));
const suggestionsOf = (articles: readonly KnowledgeArticle[]) => helpPages(articles).map((a) => a.title);

export function indexPage(locale: Locale, articles: readonly KnowledgeArticle[], publicUrl: string): string {
  const s = STRINGS[locale];
  const pages = helpPages(articles);
  const categories = HELP_CATEGORY_IDS.map((id) => ({
    id,
    name: HELP_CATEGORY_NAMES[locale][id],
    articles: links(pages.filter((a) => HELP_CATEGORY_OF_INTENT[a.intent] === id)),
  })).filter((c) => c.articles.length > 0);
  return page({ locale, publicUrl, pathInLocale: '', title: s.centre, description: s.description, suggestions: suggestionsOf(articles), heading: s.centre, categories });
}

export function articlePage(article: KnowledgeArticle, html: string, related: readonly KnowledgeArticle[], all: readonly KnowledgeArticle[], publicUrl: string, voted = false): string {
  const locale = article.locale;
  const categoryId = HELP_CATEGORY_OF_INTENT[article.intent];
  return page({
    locale,
    publicUrl,
    pathInLocale: `/${article.id}`,
    title: `${article.title} · ${STRINGS[locale].centre}`,
    description: articleDescription(html),
    suggestions: suggestionsOf(all),
    heading: article.title,
    content: html,
    crumbs: true,
    ...(categoryId ? { category: { id: categoryId, name: HELP_CATEGORY_NAMES[locale][categoryId] } } : {}),
    related: links(related),
    article: article.id,
    voted,
  });
}

export function searchPage(locale: Locale, query: string, results: readonly KnowledgeArticle[], all: readonly KnowledgeArticle[], publicUrl: string): string {
  const s = STRINGS[locale];
  return page({
    locale,
    publicUrl,
    pathInLocale: `/search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    title: `${query ? `${s.resultsFor}${query}` : s.results} · ${s.centre}`,
    description: s.description,
    suggestions: suggestionsOf(all),
    heading: s.results,
    crumbs: true,
    query,
    list: links(results),
    empty: results.length === 0,
  });
}
