import { render } from 'preact';
import { ChatClient } from './chat-client';
import { findOwnScript, readEmbedConfig } from './embed-config';
import { stringsFor } from './strings';
import { WidgetApp } from './widget-app';
import css from './widget.css?inline';

const HOST_ID = 'okpay-support-widget';

/**
 * Mounts the widget in a shadow root so the host page's CSS cannot reach it (and ours cannot
 * leak out). Styles are adopted as a constructed stylesheet, which host CSPs without
 * 'unsafe-inline' still allow.
 */
function mount(): void {
  if (document.getElementById(HOST_ID)) return; // the tag was included twice
  const config = readEmbedConfig(script);
  const host = document.createElement('div');
  host.id = HOST_ID;
  pinToViewport(host);
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
  }
  const root = document.createElement('div');
  shadow.appendChild(root);

  const client = new ChatClient(config);
  render(<WidgetApp client={client} strings={stringsFor(config.locale)} locale={config.locale} signInUrl={config.signInUrl} origin={config.origin} />, root);
  void client.start();
}

/**
 * The host page's own rules (`div { position: static !important }`, a transformed ancestor, a
 * page wider than the screen) must never move the launcher off screen: inline `!important`
 * declarations outrank every host stylesheet. Offsets keep clear of notches and home bars (safe areas).
 */
function pinToViewport(host: HTMLElement): void {
  const pinned: Record<string, string> = {
    position: 'fixed',
    display: 'block',
    top: 'auto',
    left: 'auto',
    right: 'max(16px, env(safe-area-inset-right))',
    bottom: 'max(16px, env(safe-area-inset-bottom))',
    transform: 'none',
    margin: '0',
    'z-index': '2147483000',
    visibility: 'visible',
    opacity: '1',
  };
  for (const [name, value] of Object.entries(pinned)) host.style.setProperty(name, value, 'important');
}

// Captured now: document.currentScript is only set while this script is being run.
const script = findOwnScript();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
