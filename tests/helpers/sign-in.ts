// Signing in through the real login page, for browser tests.
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'Learn2026!';

/** Fills in and submits the manual login form on the current page (which must be /login). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  // The form works through next-auth's client: wait until React has taken it over.
  await page.waitForSelector('form[data-ready="true"] input[name="username"]');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.click('form button[type="submit"]');
}

/**
 * Submits the login form and waits for the page it leads to. (page.waitForNavigation is not enough: the
 * router's own history updates on the login page count as navigations too.)
 */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLogin(page, username, password);
  await page.waitForFunction(() => window.location.pathname !== '/login' && document.readyState === 'complete', {
    timeout: 20_000,
  });
  await waitForShell(page);
}

/** Waits until the signed-in page frame is interactive (its client components have hydrated). */
export async function waitForShell(page: Page): Promise<void> {
  await page.waitForSelector('#task-bar[data-ready="true"]', { timeout: 20_000 });
}

/** A fresh browser context (its own cookies) with `username` signed in; returns a page showing `path`. */
export async function signedInPage(
  browser: Browser,
  username: string,
  path = '/',
  password = DEMO_PASSWORD,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(path)}`, { waitUntil: 'domcontentloaded' });
  await logIn(page, username, password);
  return { context, page };
}
