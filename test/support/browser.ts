import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's `chromium` package (`.ci/run` installs it); CHROMIUM_PATH points elsewhere if needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS_DIR = join(__dirname, '../../test-artifacts');

/** Real headless Chromium, as the issue asks: no sandbox (containers), no GPU, no background traffic. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Screenshots of a test's steps, kept under test-artifacts/<suite>/ (gitignored) for people to look at. */
export function screenshotter(suite: string): (page: Page, step: string) => Promise<void> {
  const dir = join(ARTIFACTS_DIR, suite);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n += 1;
    await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${step}.png`), fullPage: false });
  };
}

/** Every JS dialog a page opens; an XSS probe asserts this stays empty. Dialogs are dismissed so nothing blocks. */
export function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** Runs a scenario; if it fails, every page's state is saved first (as `failed-<name>.png`), then the failure is rethrown. */
export async function withFailureShots(pages: Record<string, Page>, shot: (page: Page, step: string) => Promise<void>, scenario: () => Promise<void>): Promise<void> {
  try {
    await scenario();
  } catch (error) {
    for (const [name, page] of Object.entries(pages)) await shot(page, `failed-${name}`).catch(() => undefined);
    throw error;
  }
}
