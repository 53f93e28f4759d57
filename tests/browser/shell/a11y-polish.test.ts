/** @jest-environment node */
// Issue 16 (focus, 200 % text, landmarks, titles) and issue 14 item 8 (Home on a phone), in a real browser.
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser, expectTitle } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';
import { hasHorizontalScroll } from './dom';

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
}

/** Every axe violation at any impact, as "rule: targets". */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxePuppeteer(page);
  if (rules) axe.withRules(rules);
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The elements that stick out past the right edge of the viewport (empty when nothing scrolls sideways). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('[data-scroll-region]'))
      .filter((el) => getComputedStyle(el).position !== 'fixed' && !el.closest('.sr-only'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} (${Math.round(el.getBoundingClientRect().right)})`,
      );
  });
}

/** 200 % text, as a browser's text-size setting does it (the root font size; rem-based layout follows). */
async function doubleText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

describeBrowser('accessibility details', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gives a focused button the yellow ring with a dark outer edge (not yellow alone on white)', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await go(page, '/login');
    await page.waitForSelector('form[data-ready="true"]');
    await page.focus('input[name="password"]');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        outline: style.outlineColor,
        shadow: style.boxShadow,
        offset: style.outlineOffset,
      };
    });
    expect(ring.text).toBe('Log in');
    expect(ring.outline).toBe('rgb(255, 221, 0)');
    expect(ring.offset).toBe('0px');
    expect(ring.shadow).toContain('rgb(11, 12, 12)');
    await context.close();
  });

  it('keeps signed-in pages within a 375 px phone at 200 % text, and wide admin tables in their own scroll', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username);
    await page.setViewport({ width: 375, height: 800 });
    await go(page, '/');
    await waitForShell(page);
    await doubleText(page);
    expect(await overflowing(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewport({ width: 1280, height: 800 });
    for (const path of ['/admin/users', '/admin/emails']) {
      await go(page, path);
      await doubleText(page);
      expect([path, await overflowing(page)]).toEqual([path, []]);
      expect([path, await hasHorizontalScroll(page)]).toEqual([path, false]);
      const region = await page.$eval('[data-scroll-region]', (el) => ({
        label: el.getAttribute('aria-label'),
        tabIndex: (el as HTMLElement).tabIndex,
      }));
      expect(region.label).toBeTruthy();
      expect(region.tabIndex).toBe(0);
    }
    await context.close();
  });

  it('renders a missing page inside the shell with one main, one navigation and one footer', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/workshops/sessions/999999');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Page not found');
    const counts = await page.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      nav: document.querySelectorAll('nav[aria-label="Main"]').length,
      footer: document.querySelectorAll('footer').length,
    }));
    expect(counts).toEqual({ main: 1, nav: 1, footer: 1 });
    expect(
      await violations(page, ['landmark-no-duplicate-main', 'landmark-main-is-top-level', 'landmark-unique']),
    ).toEqual([]);
    await context.close();
  });

  it('names landmarks uniquely, keeps heading levels and titles say what and which', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username, '/find-learning?q=heights');
    await expectTitle(page, 'Results for "heights" – Find Learning – iLearn+');
    expect(await violations(page, ['landmark-unique'])).toEqual([]);
    await go(page, '/admin/courses');
    await expectTitle(page, 'Courses – Admin – iLearn+');
    expect(await violations(page, ['landmark-unique'])).toEqual([]);
    await go(page, '/profile');
    await expectTitle(page, 'Your profile – iLearn+');
    await context.close();

    const learner = await signedInPage(browser, DEMO_USERS.learner.username, '/bookings');
    const sessionHref = await learner.page.$eval('main a[href^="/workshops/sessions/"]', (a) => a.getAttribute('href'));
    await go(learner.page, sessionHref!);
    await expectTitle(learner.page, /^Session on \d{1,2} \w+ \d{4}: .+ – iLearn\+$/);
    const workshopHref = await learner.page.$eval('nav a[href^="/workshops/"]:not([href*="sessions"])', (a) =>
      a.getAttribute('href'),
    );
    await go(learner.page, workshopHref!);
    await expectTitle(learner.page, /^Sessions: .+ – iLearn\+$/);
    expect(await violations(learner.page, ['heading-order'])).toEqual([]);
    expect(await learner.page.$$eval('main h2', (hs) => hs.map((h) => h.textContent))).toContain('Sessions');
    const activityId = workshopHref!.split('/').pop();
    await learner.context.close();

    // The admin session form's waitlist checkbox keeps its size on a 320 px screen.
    const admin = await signedInPage(
      browser,
      DEMO_USERS.siteAdmin.username,
      `/admin/workshops/${activityId}/sessions/new`,
    );
    await admin.page.setViewport({ width: 320, height: 800 });
    await go(admin.page, `/admin/workshops/${activityId}/sessions/new`);
    const box = await admin.page.$eval('#field-waitlistEnabled', (el) => el.getBoundingClientRect().width);
    expect(box).toBeGreaterThanOrEqual(24);
    await admin.context.close();
  });

  it('shows what is due first on a phone and keeps Home short (figure in the log)', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    await page.setViewport({ width: 375, height: 800 });
    await go(page, '/');
    await waitForShell(page);
    const layout = await page.evaluate(() => {
      const top = (el: Element | null) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : -1);
      const h2s = [...document.querySelectorAll('main h2')];
      return {
        first: h2s[0]?.textContent,
        quickLinks: top(h2s.find((h) => h.textContent === 'Quick links') ?? null),
        total: document.documentElement.scrollHeight,
      };
    });
    console.log(`Home at 375 px: quick links start at ${layout.quickLinks} px, page ${layout.total} px long`);
    expect(layout.first).toBe('Due next');
    expect(layout.quickLinks).toBeGreaterThan(0);
    expect(layout.quickLinks).toBeLessThan(2600);
    await context.close();
  });
});
