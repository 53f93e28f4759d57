/** @jest-environment node */
// Issue 14 in a real browser on the seed: one program state everywhere (item 3) and workshop sessions shown
// before enrolling, with Sign-up saying it enrols (item 6).
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';
import { BT_PASSWORD, BT_USERS } from '../fixtures/accounts-data';

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
}

/** The state shown next to a program's link on the current page (its DueStatus text). */
function stateOf(page: Page, name: string): Promise<string | null> {
  return page.evaluate((programName) => {
    const link = [...document.querySelectorAll('main a')].find((a) => a.textContent?.trim() === programName);
    const holder = link?.closest('li, tr');
    return holder?.querySelector('[data-testid="due-status"]')?.textContent ?? null;
  }, name);
}

describeBrowser('issue 14 journeys', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows Hertfordshire Induction - 2021 with the same state on Home, Required Learning and the Programs tab', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    const name = 'Hertfordshire Induction - 2021';
    const home = await stateOf(page, name);
    expect(home).toBeTruthy();
    await go(page, '/required-learning');
    const required = await stateOf(page, name);
    await go(page, '/record-of-learning/programs');
    const tab = await stateOf(page, name);
    expect({ required, tab }).toEqual({ required: home, tab: home });
    await context.close();
  });

  it('shows Manual Handling sessions (locked behind its eLearning) before enrolling, saying why they cannot be booked yet', async () => {
    const { context, page } = await signedInPage(
      browser,
      BT_USERS.learner,
      '/find-learning?q=Manual%20Handling',
      BT_PASSWORD,
    );
    await waitForShell(page);
    const href = await page.evaluate(
      () =>
        [...document.querySelectorAll('main a[href^="/courses/"]')]
          .find((a) => a.textContent?.trim() === 'Manual Handling')
          ?.getAttribute('href') ?? null,
    );
    expect(href).toMatch(/^\/courses\/\d+$/);
    await go(page, href!);
    // Its workshop is locked until the pre-course eLearning is done, yet the sessions show, with the reasons.
    const workshop = await page.$eval('section[aria-labelledby^="workshop-"]', (section) => ({
      rows: section.querySelectorAll('tbody tr').length,
      text: section.textContent ?? '',
      signUp: section.querySelectorAll('a[href$="/sign-up"]').length,
    }));
    expect(workshop.rows).toBeGreaterThan(0);
    expect(workshop.text).toContain('Enrol on this course');
    expect(workshop.signUp).toBe(0);
    await context.close();
  });
});
