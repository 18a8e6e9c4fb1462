import type { Locale } from '@okpay/contracts';

export interface EmbedConfig {
  origin: string;
  locale: Locale;
  identity: string | null;
}

/**
 * Reads the embedding tag: `<script src="https://support.example/widget.js" data-locale="en"
 * data-identity="…signed by the host…" async>`. The API is wherever the script came from.
 */
export function readEmbedConfig(script: HTMLScriptElement | null): EmbedConfig {
  const src = script?.src ? new URL(script.src, window.location.href) : new URL(window.location.href);
  const requested = script?.dataset.locale ?? document.documentElement.lang;
  return {
    origin: script?.dataset.apiOrigin ?? src.origin,
    locale: requested?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN',
    identity: script?.dataset.identity || null,
  };
}

/** `document.currentScript` is set while an async classic script runs; the selector is the fallback. */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}
