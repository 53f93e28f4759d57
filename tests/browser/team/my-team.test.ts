/** @jest-environment node */
// My Team in a real browser on the seeded demo: manager 90002 (Priya Shah) and her direct report 90011 (Sam
// Taylor). Tabs are their own URLs, each with "View full report"; a report's pages open read-only; the learner,
// and Priya's own manager 90001, get "Page not found" for them; the pages fit a 320 px wide phone.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent?.trim() ?? '');
const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describeBrowser('My Team', () => {
  let browser: Browser;
  let samId: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Sam's id, from the link on Priya's team list.
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username, '/team');
    const href = await page.$$eval('main table a', (as) =>
      as.find((a) => a.textContent?.trim() === 'Sam Taylor')?.getAttribute('href'),
    );
    samId = Number(/^\/team\/members\/(\d+)$/.exec(href ?? '')?.[1]);
    expect(samId).toBeGreaterThan(0);
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the manager moves between the four tabs, each with its own URL and a View full report link', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username, '/team');
    expect(await text(page, 'h1')).toBe('My Team');
    const tabs = await page.$$eval('nav[aria-label="My Team"] a', (as) =>
      as.map((a) => [a.textContent?.trim(), a.getAttribute('href'), a.getAttribute('aria-current')]),
    );
    expect(tabs).toEqual([
      ['My Team', '/team', 'page'],
      ['My Team Certifications', '/team/certifications', null],
      ['My Team Programs', '/team/programs', null],
      ['My Team Courses', '/team/courses', null],
    ]);
    expect(await text(page, '#compliance-heading')).toBe('Team compliance');
    expect(await page.$eval('main table caption', (c) => c.textContent)).toContain('Your direct reports');
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Sam Taylor');
    for (const [href, tab] of [
      ['/team', 'members'],
      ['/team/certifications', 'certifications'],
      ['/team/programs', 'programs'],
      ['/team/courses', 'courses'],
    ] as const) {
      const response = await page.goto(`${baseUrl()}${href}`, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(200);
      expect(await page.$(`main a[href="/team/reports/${tab}"]`)).not.toBeNull();
    }
    const bookings = await page.goto(`${baseUrl()}/team/bookings`, { waitUntil: 'domcontentloaded' });
    expect(bookings?.status()).toBe(200);
    expect(await text(page, 'h1')).toBe("Your team's workshop bookings");
    await context.close();
  });

  it("the manager opens a report's profile, bookings, records and required learning", async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username, '/team');
    await Promise.all([page.waitForNavigation(), page.click(`main a[href="/team/members/${samId}/bookings"]`)]);
    expect(await text(page, 'h1')).toBe('Sam Taylor');
    expect(await text(page, 'main h2')).toBe('Bookings');
    for (const path of ['', '/records', '/records/programs', '/required']) {
      const response = await page.goto(`${baseUrl()}/team/members/${samId}${path}`, { waitUntil: 'domcontentloaded' });
      expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
      expect(await text(page, 'h1')).toBe('Sam Taylor');
      // Read-only: no forms on a report's pages (the task bar's search is outside main).
      expect(await page.$$eval('main form', (forms) => forms.length)).toBe(0);
    }
    await context.close();
  });

  it("the learner and the manager's own manager get Page not found for the report's pages", async () => {
    for (const username of [DEMO_USERS.learner.username, '90001']) {
      const { context, page } = await signedInPage(browser, username, '/');
      for (const path of ['', '/bookings', '/records', '/required']) {
        const response = await page.goto(`${baseUrl()}/team/members/${samId}${path}`, {
          waitUntil: 'domcontentloaded',
        });
        expect({ username, path, status: response?.status() }).toEqual({ username, path, status: 404 });
      }
      await context.close();
    }
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username, '/team');
    await page.setViewport({ width: 320, height: 720 });
    for (const path of [
      '/team',
      '/team/certifications',
      '/team/courses',
      '/team/bookings',
      `/team/members/${samId}/records`,
    ]) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
      expect({ path, fits: await noSideScroll(page) }).toEqual({ path, fits: true });
    }
    await context.close();
  });
});
