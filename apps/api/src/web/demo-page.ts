import { Locale } from '@okpay/contracts';

export interface DemoPageInput {
  locale: Locale;
  /** Present when the page is signed in as the demo customer: the host's HMAC-signed identity for the widget. */
  signedIn: { name: string; identity: string } | null;
}

const TEXT = {
  'zh-CN': {
    title: 'OKPay 钱包',
    nav: ['钱包', '转账', '商户', '帮助中心'],
    visitor: '您正在以访客身份浏览。',
    signIn: '以演示客户身份登录',
    signedIn: (name: string) => `已登录：${name}`,
    signOut: '退出登录',
    language: 'English',
    heroTitle: '安全、便捷的数字钱包',
    heroText: '充值、付款、转账，一个账户全搞定。遇到问题？点击右下角的客服按钮，智能助手和人工客服随时为您服务。',
    balance: '可用余额',
    cards: [
      ['快速充值', '银行卡、银行转账即时到账。'],
      ['扫码付款', '数千家商户支持 OKPay 付款。'],
      ['跨境转账', '实时汇率，费用透明。'],
    ],
    footer: '演示站点 · 仅用于试用 OKPay 在线客服',
  },
  en: {
    title: 'OKPay Wallet',
    nav: ['Wallet', 'Transfers', 'Merchants', 'Help centre'],
    visitor: 'You are browsing as a visitor.',
    signIn: 'Sign in as the demo customer',
    signedIn: (name: string) => `Signed in as ${name}`,
    signOut: 'Sign out',
    language: '中文',
    heroTitle: 'A safe, simple digital wallet',
    heroText: 'Top up, pay and transfer from one account. Need help? The chat button at the bottom right reaches our assistant and our agents.',
    balance: 'Available balance',
    cards: [
      ['Instant top-ups', 'By card or bank transfer.'],
      ['Pay by QR', 'Thousands of merchants take OKPay.'],
      ['Send abroad', 'Live rates, clear fees.'],
    ],
    footer: 'Demo site · for trying OKPay live chat',
  },
} as const;

/**
 * The demo host page at /demo: looks like the OKPay site and embeds the widget with one tag,
 * exactly as a real host would. Signed in, it passes the identity its server signed.
 */
export function renderDemoPage({ locale, signedIn }: DemoPageInput): string {
  const t = TEXT[locale];
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const mode = signedIn ? '&as=customer' : '';
  const account = signedIn
    ? `<span>${escapeHtml(t.signedIn(signedIn.name))}</span> <a href="/demo?locale=${locale}">${t.signOut}</a>`
    : `<span>${t.visitor}</span> <a href="/demo?locale=${locale}&amp;as=customer">${t.signIn}</a>`;
  // Signed in, the host passes who; not signed in, where to sign in (the bot's "sign in" button).
  const identity = signedIn ? ` data-identity="${escapeHtml(signedIn.identity)}"` : ` data-sign-in-url="/demo?locale=${locale}&amp;as=customer"`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${t.title}</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/demo/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/demo?locale=${locale}${mode}">OK<span>Pay</span></a>
  <nav aria-label="${t.title}">${t.nav.map((item, i) => `<a href="${i === t.nav.length - 1 ? `/help/${locale}` : '#'}">${item}</a>`).join('')}</nav>
  <a class="lang" href="/demo?locale=${other}${mode}" hreflang="${other}">${t.language}</a>
</header>
<div class="account-bar" data-testid="demo-account">${account}</div>
<main>
  <section class="hero">
    <div>
      <h1>${t.heroTitle}</h1>
      <p>${t.heroText}</p>
    </div>
    <div class="balance-card" aria-label="${t.balance}">
      <span>${t.balance}</span>
      <strong>${signedIn ? '¥ 1,280.50' : '¥ ••••'}</strong>
      <small>OKPay · CNY</small>
    </div>
  </section>
  <section class="features">
    ${t.cards.map(([title, text]) => `<article><h2>${title}</h2><p>${text}</p></article>`).join('\n    ')}
  </section>
</main>
<footer>${t.footer}</footer>
<script src="/widget.js" data-locale="${locale}"${identity} async></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Deliberately aggressive host styles (global button, list and box rules, and a rule that would
 * pull the widget's host element into the page flow): the widget lives in a shadow root, pins
 * itself to the viewport, and must look the same anyway.
 */
export const DEMO_SITE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #0f172a; background: #f8fafc; }
button { background: hotpink !important; font-size: 30px; }
ol, ul, li { margin: 40px; }
body > div { position: static !important; }
a { color: #0b5fff; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 28px; padding: 16px 6vw; background: #fff; border-bottom: 1px solid #e2e8f0; }
.logo { font-size: 26px; font-weight: 800; color: #0f172a; text-decoration: none; }
.logo span { color: #0b5fff; }
.site-header nav { display: flex; flex-wrap: wrap; gap: 8px 22px; margin-right: auto; }
.site-header nav a { color: #334155; text-decoration: none; }
.account-bar { padding: 8px 6vw; background: #eef4ff; font-size: 14px; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.hero { display: flex; flex-wrap: wrap; gap: 40px; align-items: center; justify-content: space-between; padding: 60px 6vw; background: linear-gradient(135deg, #0b5fff, #0847c2); color: #fff; }
.hero h1 { font-size: clamp(28px, 7vw, 40px); margin: 0 0 12px; }
.hero p { max-width: 560px; opacity: .92; }
.balance-card { background: rgba(255,255,255,.14); border-radius: 18px; padding: 24px 30px; min-width: min(260px, 100%); display: flex; flex-direction: column; gap: 6px; }
.balance-card strong { font-size: 34px; }
.features { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 20px; padding: 40px 6vw; }
.features article { background: #fff; border-radius: 14px; padding: 20px 24px; box-shadow: 0 2px 10px rgba(15,23,42,.06); }
.features h2 { font-size: 18px; margin: 0 0 6px; }
footer { padding: 30px 6vw 100px; color: #64748b; font-size: 13px; }
@media (max-width: 600px) {
  .site-header nav { order: 3; width: 100%; }
  .hero { padding: 36px 6vw; gap: 24px; }
  .features { grid-template-columns: 1fr; }
}
`;
