/** @jest-environment node */
// Automated accessibility scan (axe) of the login and home pages: no serious or critical violations.
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxePuppeteer(page)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('login page showing an error', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'load' });
    await page.waitForSelector('form[data-ready="true"]');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([1280, 320])('home page with the menus open at %ipx', async (width) => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username);
    await page.setViewport({ width, height: 800 });
    await page.reload({ waitUntil: 'load' });
    await waitForShell(page);
    expect(await seriousViolations(page)).toEqual([]);
    if (width < 768) await page.click('header button[aria-controls="task-bar"]');
    await page.click('nav[aria-label="Main"] button[aria-expanded]');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('help and accessibility pages', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/help');
    await page.waitForSelector('h1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/accessibility`, { waitUntil: 'load' });
    await waitForShell(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
