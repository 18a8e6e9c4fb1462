import type { Locale } from '@okpay/contracts';

export interface EmbedConfig {
  origin: string;
  locale: Locale;
  identity: string | null;
  /** Where the host signs its customers in (`data-sign-in-url`): the bot's "sign in" button goes there. */
  signInUrl: string | null;
}

/**
 * Reads the embedding tag: `<script src="https://support.example/widget.js" data-locale="en"
 * data-identity="…signed by the host…" data-sign-in-url="/login" async>`. The API is wherever the script came from.
 */
export function readEmbedConfig(script: HTMLScriptElement | null): EmbedConfig {
  const src = script?.src ? new URL(script.src, window.location.href) : new URL(window.location.href);
  const requested = script?.dataset.locale ?? document.documentElement.lang;
  return {
    origin: script?.dataset.apiOrigin ?? src.origin,
    locale: requested?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN',
    identity: script?.dataset.identity || null,
    signInUrl: webUrl(script?.dataset.signInUrl),
  };
}

/** Only http(s): the URL becomes a link the customer clicks, so `javascript:` and the like are dropped. */
function webUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `document.currentScript` is set while an async classic script runs; the selector is the fallback. */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}
