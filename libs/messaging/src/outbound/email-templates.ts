import { Locale } from '@okpay/contracts';
import Handlebars from 'handlebars';

export interface AcknowledgementContext {
  readonly name: string | null;
  readonly reference: string;
  readonly subject: string;
  /** When a first answer can be expected, already worded for the locale. */
  readonly replyBy: string;
  readonly article?: { readonly title: string; readonly url: string };
}

export interface AgentReplyContext {
  readonly reference: string;
  readonly body: string;
}

/** A chat as its customer reads it: times already in their zone, which is named once. */
export interface ChatTranscriptContext {
  /** The day the chat started, worded for the locale. */
  readonly date: string;
  readonly zone: string;
  readonly lines: readonly { readonly time: string; readonly author: string; readonly text: string }[];
}

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

// Our own instance: helpers registered here do not leak into other users of handlebars.
const hbs = Handlebars.create();
hbs.registerHelper('paragraphs', (text: unknown) =>
  new hbs.SafeString(
    hbs
      .escapeExpression(String(text ?? ''))
      .split(/\n{2,}/)
      .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
      .join('\n'),
  ),
);

const compileText = (source: string) => hbs.compile(source, { noEscape: true, strict: true });
const compileHtml = (source: string) => hbs.compile(source, { strict: true });
const htmlPage = (body: string) =>
  `<!doctype html>\n<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`;

const ACKNOWLEDGEMENT = {
  en: {
    subject: compileText('[{{reference}}] We received your message: {{subject}}'),
    text: compileText(`Hello{{#if name}} {{name}}{{/if}},

Thank you for writing to OKPay Support. Your request is ticket {{reference}}.
We will reply by {{replyBy}}.
{{#if article}}

While you wait, this article may already answer your question:
{{article.title}}
{{article.url}}
{{/if}}

To add anything, just reply to this email.

OKPay Support
`),
    html: compileHtml(
      htmlPage(`<p>Hello{{#if name}} {{name}}{{/if}},</p>
<p>Thank you for writing to OKPay Support. Your request is ticket <strong>{{reference}}</strong>.<br>
We will reply by <strong>{{replyBy}}</strong>.</p>
{{#if article}}<p>While you wait, this article may already answer your question:<br><a href="{{article.url}}">{{article.title}}</a></p>
{{/if}}<p>To add anything, just reply to this email.</p>
<p>OKPay Support</p>`),
    ),
  },
  'zh-CN': {
    subject: compileText('[{{reference}}] 我们已收到您的邮件：{{subject}}'),
    text: compileText(`{{#if name}}{{name}}，{{/if}}您好：

感谢您联系 OKPay 客服。您的工单编号是 {{reference}}。
我们将在 {{replyBy}} 之前回复您。
{{#if article}}

在等待期间，这篇帮助文章或许能解答您的问题：
{{article.title}}
{{article.url}}
{{/if}}

如需补充信息，直接回复本邮件即可。

OKPay 客服
`),
    html: compileHtml(
      htmlPage(`<p>{{#if name}}{{name}}，{{/if}}您好：</p>
<p>感谢您联系 OKPay 客服。您的工单编号是 <strong>{{reference}}</strong>。<br>
我们将在 <strong>{{replyBy}}</strong> 之前回复您。</p>
{{#if article}}<p>在等待期间，这篇帮助文章或许能解答您的问题：<br><a href="{{article.url}}">{{article.title}}</a></p>
{{/if}}<p>如需补充信息，直接回复本邮件即可。</p>
<p>OKPay 客服</p>`),
    ),
  },
} as const;

const AGENT_REPLY = {
  en: {
    text: compileText(`{{body}}

--
OKPay Support · ticket {{reference}}
Reply to this email to answer.
`),
    html: compileHtml(
      htmlPage(`{{paragraphs body}}
<hr>
<p style="color: #666">OKPay Support · ticket {{reference}}<br>Reply to this email to answer.</p>`),
    ),
  },
  'zh-CN': {
    text: compileText(`{{body}}

--
OKPay 客服 · 工单 {{reference}}
直接回复本邮件即可继续沟通。
`),
    html: compileHtml(
      htmlPage(`{{paragraphs body}}
<hr>
<p style="color: #666">OKPay 客服 · 工单 {{reference}}<br>直接回复本邮件即可继续沟通。</p>`),
    ),
  },
} as const;

const CHAT_TRANSCRIPT = {
  en: {
    subject: compileText('Your chat with OKPay Support on {{date}}'),
    text: compileText(`Hello,

Here is your chat with OKPay Support on {{date}}, as you asked. Times are {{zone}}.

{{#each lines}}
[{{time}}] {{author}}:
{{text}}

{{/each}}
OKPay Support
`),
    html: compileHtml(
      htmlPage(`<p>Hello,</p>
<p>Here is your chat with OKPay Support on <strong>{{date}}</strong>, as you asked. Times are {{zone}}.</p>
{{#each lines}}<div style="margin: 0 0 12px"><p style="margin: 0; color: #666"><strong>{{author}}</strong> · {{time}}</p>{{paragraphs text}}</div>
{{/each}}<p>OKPay Support</p>`),
    ),
  },
  'zh-CN': {
    subject: compileText('您在 {{date}} 与 OKPay 客服的聊天记录'),
    text: compileText(`您好：

这是您在 {{date}} 与 OKPay 客服的聊天记录。时间为{{zone}}。

{{#each lines}}
[{{time}}] {{author}}：
{{text}}

{{/each}}
OKPay 客服
`),
    html: compileHtml(
      htmlPage(`<p>您好：</p>
<p>这是您在 <strong>{{date}}</strong> 与 OKPay 客服的聊天记录。时间为{{zone}}。</p>
{{#each lines}}<div style="margin: 0 0 12px"><p style="margin: 0; color: #666"><strong>{{author}}</strong> · {{time}}</p>{{paragraphs text}}</div>
{{/each}}<p>OKPay 客服</p>`),
    ),
  },
} as const;

export function renderChatTranscript(locale: Locale, context: ChatTranscriptContext): RenderedEmail {
  const t = CHAT_TRANSCRIPT[locale];
  return { subject: t.subject(context), text: t.text(context), html: t.html(context) };
}

export function renderAcknowledgement(locale: Locale, context: AcknowledgementContext): RenderedEmail {
  const t = ACKNOWLEDGEMENT[locale];
  const full = { ...context, name: context.name ?? null, article: context.article ?? null };
  return { subject: t.subject(full), text: t.text(full), html: t.html(full) };
}

/** Subject of every mail in a ticket's thread after the first: keeps the number for threading by subject. */
export function threadSubject(reference: string, subject: string): string {
  const bare = subject.replace(/^((re|fwd?|回复|答复|转发)\s*[:：]\s*)+/i, '').replace(`[${reference}]`, '').trim();
  return `Re: [${reference}] ${bare}`;
}

export function renderAgentReply(locale: Locale, reference: string, subject: string, context: AgentReplyContext): RenderedEmail {
  const t = AGENT_REPLY[locale];
  return { subject: threadSubject(reference, subject), text: t.text(context), html: t.html(context) };
}

/** "Monday 4 January 10:30 (GMT+8)" / "1月4日 星期一 10:30（GMT+8）" in the support calendar's zone. */
export function formatReplyBy(instant: Date, timeZone: string, locale: Locale): string {
  const part = Object.fromEntries(replyByFormat(timeZone, locale).formatToParts(instant).map((p) => [p.type, p.value]));
  return locale === 'zh-CN'
    ? `${part.month}月${part.day}日 ${part.weekday} ${part.hour}:${part.minute}（${part.timeZoneName}）`
    : `${part.weekday} ${part.day} ${part.month} ${part.hour}:${part.minute} (${part.timeZoneName})`;
}

/** Building a formatter is most of the cost of formatting (every acknowledgement does): one per zone and locale. */
const replyByFormats = new Map<string, Intl.DateTimeFormat>();

function replyByFormat(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${timeZone} ${locale}`;
  let format = replyByFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: locale === 'zh-CN' ? 'numeric' : 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    replyByFormats.set(key, format);
  }
  return format;
}
