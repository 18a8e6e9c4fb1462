/**
 * The help centre's one stylesheet, inline in each page: plain modern CSS (custom properties,
 * grid, a container query for the category cards), no framework. Colours meet WCAG AA contrast.
 */
export const HELP_CENTRE_STYLES = `
:root { --brand: #0b5fff; --brand-dark: #0847c2; --ink: #0f172a; --muted: #475569; --line: #e2e8f0; --bg: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.65 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--brand-dark); }
.hc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.hc-header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px 16px; padding: 14px max(5vw, env(safe-area-inset-left)); background: var(--brand); }
.hc-header a { color: #fff; text-decoration: none; }
.hc-brand { font-size: 20px; font-weight: 800; }
.hc-lang { padding: 10px 12px; border: 1px solid rgba(255,255,255,.6); border-radius: 8px; }
.hc-search { padding: 20px 5vw 28px; background: linear-gradient(var(--brand), var(--brand-dark)); }
.hc-search form { display: flex; gap: 8px; max-width: 46rem; margin: 0 auto; }
.hc-search input { flex: 1; min-width: 0; min-height: 48px; padding: 10px 14px; border: 0; border-radius: 10px; font: inherit; }
.hc-search button, .hc-vote button { min-height: 48px; padding: 0 18px; border: 0; border-radius: 10px; font: inherit; font-weight: 600; cursor: pointer; }
.hc-search button { background: #fff; color: var(--brand-dark); }
:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.hc-main { max-width: 60rem; margin: 0 auto; padding: 24px 5vw 120px; }
.hc-main h1 { font-size: clamp(26px, 5vw, 34px); line-height: 1.25; margin: 8px 0 20px; }
.hc-crumbs { font-size: 14px; color: var(--muted); }
.hc-crumbs a { display: inline-block; padding: 6px 0; }
.hc-categories { container-type: inline-size; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); gap: 16px; }
.hc-category { background: #fff; border: 1px solid var(--line); border-radius: 14px; padding: 16px 20px; }
.hc-category h2 { font-size: 18px; margin: 0 0 8px; }
.hc-category ul, .hc-results, .hc-related ul { list-style: none; margin: 0; padding: 0; }
.hc-category li a, .hc-results li a, .hc-related li a { display: block; padding: 8px 0; }
@container (min-width: 40rem) { .hc-category { padding: 20px 24px; } }
.hc-article { background: #fff; border: 1px solid var(--line); border-radius: 14px; padding: 8px clamp(16px, 4vw, 32px) 16px; overflow-x: auto; }
.hc-article table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 15px; }
.hc-article td, .hc-article th { border: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; }
.hc-article th { background: var(--bg); }
.hc-vote { margin: 24px 0; padding: 16px 20px; background: #fff; border: 1px solid var(--line); border-radius: 14px; }
.hc-vote p { margin: 0 0 8px; font-weight: 600; }
.hc-vote div { display: flex; gap: 10px; flex-wrap: wrap; }
.hc-vote button { min-width: 96px; background: var(--brand); color: #fff; }
.hc-vote button + button { background: #fff; color: var(--ink); border: 1px solid #94a3b8; }
.hc-vote button:disabled { opacity: .6; cursor: default; }
.hc-vote .hc-vote-status { margin: 8px 0 0; font-weight: 400; }
.hc-related h2 { font-size: 20px; }
.hc-chat { color: var(--muted); }
`;
