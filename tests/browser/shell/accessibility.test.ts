/** @jest-environment node */
// Automated accessibility scan (axe) of the login and home pages, menus open too: no violations at any impact
// (issue 16 item 6; tests/browser/shell/axe-all-pages.test.ts scans the other journey pages).
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxePuppeteer(page).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describeBrowser('accessibility scan', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([1280, 320])('login page at %ipx', async (width) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'load' });
    await page.waitForSelector('form[data-ready="true"]');
    expect(await allViolations(page)).toEqual([]);
    await context.close();
  });

  it('login page showing an error', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'load' });
    await page.waitForSelector('form[data-ready="true"]');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await allViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([1280, 320])('home page with the menus open at %ipx', async (width) => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username);
    await page.setViewport({ width, height: 800 });
    await page.reload({ waitUntil: 'load' });
    await waitForShell(page);
    expect(await allViolations(page)).toEqual([]);
    if (width < 768) await page.click('header button[aria-controls="task-bar"]');
    await page.click('nav[aria-label="Main"] button[aria-expanded]');
    expect(await allViolations(page)).toEqual([]);
    await context.close();
  });

  it('help and accessibility pages', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/help');
    await page.waitForSelector('h1');
    expect(await allViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/accessibility`, { waitUntil: 'load' });
    await waitForShell(page);
    expect(await allViolations(page)).toEqual([]);
    await context.close();
  });
});
