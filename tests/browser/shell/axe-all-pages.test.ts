/** @jest-environment node */
// Issue 16 item 6: every page of the seed journeys scanned with axe at every impact (critical, serious, moderate,
// minor; all rules, best practices included) at 320 and 1280 px, and one journey walked keyboard-only, so the
// landmark, heading and focus problems fixed in issue 16 cannot come back. Counts by impact go to the log.
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser, expectTitle } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';
import { focused } from './dom';

const WIDTHS = [320, 1280];
const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
let scanned = 0;

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
}

/** Every violation at any impact, counted for the log. */
async function scan(page: Page): Promise<string[]> {
  const results = await new AxePuppeteer(page).analyze();
  scanned += 1;
  for (const v of results.violations) counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Visits each path at each width and expects no violations; returns nothing, failures name path and width. */
async function scanAll(page: Page, paths: string[]): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 900 });
    for (const path of paths) {
      await go(page, path);
      expect({ path, width, violations: await scan(page) }).toEqual({ path, width, violations: [] });
    }
  }
}

async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.$eval(selector, (a) => a.getAttribute('href'));
  if (!href) throw new Error(`no link for ${selector}`);
  return href;
}

// Each test scans a dozen pages at two widths: on a loaded 2-core machine that outgrows the tier's 60 s.
jest.setTimeout(180_000);

describeBrowser('axe at every impact on the journeys pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    console.log(
      `axe, ${scanned} scans at ${WIDTHS.join(' and ')} px: ${Object.entries(counts)
        .map(([impact, n]) => `${impact} ${n}`)
        .join(', ')}`,
    );
    await browser?.close();
  });

  it('signed out: login, help, accessibility', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await scanAll(page, ['/login', '/help', '/accessibility', '/forgot-password', '/request-account']);
    await context.close();
  });

  it('learner: home, search, course, records, bookings, workshop, session, sign-up, profile, not found', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/find-learning?q=safety');
    await waitForShell(page);
    const course = await firstHref(page, 'main a[href^="/courses/"]');
    await go(page, '/bookings');
    const session = await firstHref(page, 'main a[href^="/workshops/sessions/"]');
    await go(page, session);
    const workshop = await firstHref(page, 'nav a[href^="/workshops/"]:not([href*="sessions"])');
    await scanAll(page, [
      '/',
      '/find-learning',
      '/find-learning?q=safety',
      course,
      '/record-of-learning',
      '/record-of-learning/programs',
      '/record-of-learning/certifications',
      '/record-of-learning/evidence',
      '/required-learning',
      '/bookings',
      workshop,
      session,
      `${session}/sign-up`,
      '/profile',
      '/workshops/sessions/999999',
    ]);
    await context.close();
  });

  it('manager and admins: My Team and the admin lists', async () => {
    const manager = await signedInPage(browser, DEMO_USERS.manager.username, '/team');
    await scanAll(manager.page, ['/team']);
    await manager.context.close();
    const admin = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin');
    await scanAll(admin.page, ['/admin', '/admin/users', '/admin/emails', '/admin/courses', '/admin/account-requests']);
    await admin.context.close();
  });

  it('walks sign-in, search and a course keyboard-only', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await go(page, '/login?callbackUrl=%2Ffind-learning');
    await page.waitForSelector('form[data-ready="true"]');
    // Tab from the top of the page to the username field: only keys from here on.
    for (let i = 0; i < 30 && (await focused(page)).id !== 'field-username'; i += 1) await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('field-username');
    await page.keyboard.type(DEMO_USERS.learner.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Learn2026!');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.pathname === '/find-learning', { timeout: 20_000 });
    await waitForShell(page);

    // Skip link, then on to the Find Learning search field.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 30 && (await focused(page)).id !== 'catalogue-q'; i += 1) await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('catalogue-q');
    await page.keyboard.type('safety');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'safety');
    await page.waitForSelector('main a[href^="/courses/"]');
    await expectTitle(page, 'Results for "safety" – Find Learning – iLearn+');

    // Tab to the first result and open it with Enter.
    let onResult = false;
    for (let i = 0; i < 60 && !onResult; i += 1) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() =>
        (document.activeElement?.getAttribute('href') ?? '').startsWith('/courses/'),
      );
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.pathname.startsWith('/courses/'), { timeout: 20_000 });
    await page.waitForSelector('h1');
    expect(await scan(page)).toEqual([]);
    await context.close();
  });
});
