/** @jest-environment node */
// Phone widths (the Menu button), keyboard use of the menus, and the skip link.
import type { Browser } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';
import { focused, hasHorizontalScroll, isVisible, mainNavNames } from './dom';

describeBrowser('phone widths and keyboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([375, 320])(
    'at %ipx the Menu button opens the task bar by keyboard, with no horizontal scroll',
    async (width) => {
      const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username);
      await page.setViewport({ width, height: 740 });
      await page.reload({ waitUntil: 'load' });
      await waitForShell(page);
      expect(await hasHorizontalScroll(page)).toBe(false);

      const menu = 'header button[aria-controls="task-bar"]';
      expect(await isVisible(page, menu)).toBe(true);
      expect(await isVisible(page, 'nav[aria-label="Main"]')).toBe(false);
      const box = await (await page.$(menu))!.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);

      await page.focus(menu);
      await page.keyboard.press('Enter');
      expect(await page.$eval(menu, (b) => b.getAttribute('aria-expanded'))).toBe('true');
      expect(await isVisible(page, 'nav[aria-label="Main"]')).toBe(true);
      expect(await mainNavNames(page)).toEqual(
        expect.arrayContaining(['Home', 'Find Learning', 'My Learning', 'My Team']),
      );
      expect(await hasHorizontalScroll(page)).toBe(false);

      // Every task bar link and button is a big enough target.
      const heights = await page.$$eval('#task-bar a, #task-bar button', (elements) =>
        elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect().height),
      );
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

      await page.keyboard.press('Space');
      expect(await page.$eval(menu, (b) => b.getAttribute('aria-expanded'))).toBe('false');
      expect(await isVisible(page, 'nav[aria-label="Main"]')).toBe(false);
      await context.close();
    },
  );

  it('a 320px login page and help page do not scroll sideways', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 320, height: 640 });
    for (const path of ['/login', '/help', '/accessibility']) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
      expect({ path, scroll: await hasHorizontalScroll(page) }).toEqual({ path, scroll: false });
    }
    await context.close();
  });

  it('the skip link is the first thing in the tab order and moves focus to the content', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text).toBe('Skip to main content');
    expect(await isVisible(page, 'a[href="#main-content"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main-content');
    await context.close();
  });

  it('the My Learning menu opens with the keyboard and Escape closes it, returning focus', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    await page.setViewport({ width: 1280, height: 800 });
    const button = 'nav[aria-label="Main"] button[aria-expanded]';
    await page.focus(button);
    await page.keyboard.press('Enter');
    expect(await page.$eval(button, (b) => b.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Record of Learning');
    await page.keyboard.press('Escape');
    const after = await focused(page);
    expect(after.text).toBe('My Learning');
    expect(after.expanded).toBe('false');
    await context.close();
  });
});
