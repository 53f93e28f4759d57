// Puppeteer helpers for the browser tier. The server is started by tests/browser/global-setup.ts.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { findChromium } from '@/lib/browser/executable.cjs';

// Offline-safe flags (TOOLCHAIN.md): no sandbox as root, nothing phoning home.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `describe`, or `describe.skip` when no Chromium was found outside CI (the global set-up printed why). */
export const describeBrowser: jest.Describe = process.env.ILEARN_BROWSER_SKIP ? describe.skip : describe;

export function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is not set: run through `npm run test:browser`');
  return url;
}

/** Launches Chromium with a fresh profile; closing the browser deletes the profile. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see the message printed by the browser set-up)');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ilearn-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    // Chromium may still be flushing its profile for a moment after exiting.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return browser;
}

/**
 * Asserts the page's title. Next streams metadata after the body on a client-side navigation (a server action's
 * redirect), so for a moment the title can be empty or the last page's: this waits up to 10 s for it to match.
 */
export async function expectTitle(page: Page, expected: RegExp | string): Promise<void> {
  const matches = (title: string) => (typeof expected === 'string' ? title === expected : expected.test(title));
  const deadline = Date.now() + 10_000;
  let title = await page.title();
  while (!matches(title) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    title = await page.title();
  }
  if (typeof expected === 'string') expect(title).toBe(expected);
  else expect(title).toMatch(expected);
}

/**
 * Waits, after submitting a form that fails validation, until the error summary is shown and has taken focus
 * (ErrorSummary focuses itself in an effect that runs after the summary appears) and nothing is being sent. Typing
 * as soon as the summary appears races that focus: on a loaded machine it moved focus mid-typing, the rest of a
 * field's keystrokes were lost and the next submit failed too.
 */
export async function waitForErrorSummary(page: Page, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    () => {
      const summary = document.querySelector('[role="alert"]');
      return (
        summary !== null &&
        document.activeElement === summary &&
        !document.querySelector('main form button[type="submit"][disabled]')
      );
    },
    { timeout },
  );
  return page.$eval('[role="alert"]', (e) => e.textContent ?? '');
}
