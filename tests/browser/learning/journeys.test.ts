/** @jest-environment node */
// Learner journeys of the seed guide's Sections 2, 3 and 8, and the L&D admin's course pages, in Chromium.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

const text = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

async function go(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  await waitForShell(page);
}

async function clickAndWait(page: Page, selector: string) {
  const before = page.url();
  await page.click(selector);
  await page.waitForFunction(
    (url) => window.location.href !== url && document.readyState === 'complete',
    { timeout: 30_000 },
    before,
  );
  await waitForShell(page);
}

describeBrowser('learning journeys', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds a course with a typo from the task bar, enrols with "Enter", completes a page and sees it in the record', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username);
    await page.locator('#task-bar-search').fill('uncomfortable conversaton');
    await clickAndWait(page, 'form[role="search"][action="/find-learning"] button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/find-learning');
    const results = await page.$$eval('main h3 a', (links) =>
      links.map((a) => ({ name: a.textContent, href: a.getAttribute('href') })),
    );
    const course = results.find((r) => r.name === 'The Uncomfortable Conversation');
    expect(course).toBeDefined();

    await go(page, course!.href!);
    expect(await text(page, 'h2#enrol-title')).toBe('Enrolment options');
    expect(await page.$('#activities-title')).toBeNull(); // no content before enrolling
    await clickAndWait(page, 'main form button[type="submit"]');
    expect(await text(page, '[role="status"]')).toContain('This course is now in your Record of Learning');
    expect(await text(page, '#completion-title')).toBe('Completion status');

    const activityHref = await page.$eval('main ol a[href^="/activities/"]', (a) => a.getAttribute('href'));
    await go(page, activityHref!);
    expect(await text(page, 'main')).toContain('We have recorded that you opened this activity.');
    await go(page, course!.href!);
    expect(await page.$eval(`#activity-${activityHref!.split('/').pop()}`, (li) => li.textContent)).toContain(
      'Completed',
    );

    await go(page, '/record-of-learning');
    expect(await text(page, 'main table')).toContain('The Uncomfortable Conversation');
    await context.close();
  });

  it('asks for the spend to be agreed before enrolling on a priced course, keeping the page', async () => {
    const { context, page } = await signedInPage(
      browser,
      DEMO_USERS.manager.username,
      '/find-learning?q=Agile%20Project%20Management',
    );
    const href = await page.$$eval('main h3 a', (links) =>
      links.find((a) => a.textContent?.startsWith('Agile Project Management'))?.getAttribute('href'),
    );
    await go(page, href!);
    expect(await text(page, 'main')).toContain('Only enrol when you are ready to pay the cost of £450.00');
    await page.click('main form button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await text(page, '[role="alert"]')).toContain('Confirm that the spend has been agreed before you enrol');
    await page.click('input[name="costAgreed"]');
    await clickAndWait(page, 'main form button[type="submit"]');
    expect(await text(page, '[role="status"]')).toContain('You are enrolled');
    await context.close();
  });

  it('explains an automatic enrolment, locked activities and what is missing for completion', async () => {
    const { context, page } = await signedInPage(
      browser,
      DEMO_USERS.learner.username,
      '/find-learning?q=Data%20Protection',
    );
    const first = await page.$eval('main h3 a', (a) => ({ name: a.textContent, href: a.getAttribute('href') }));
    expect(first.name).toBe('Data Protection'); // exact title first
    await go(page, first.href!);
    expect(await text(page, 'main')).toContain(
      'You were enrolled on this course automatically because it is part of the certification HCC Mandatory - Data Protection 2 year',
    );
    expect(await text(page, 'main')).toContain('Available after you complete Data Protection eLearning 2021');
    expect(await text(page, 'section[aria-labelledby="completion-title"]')).toContain(
      'All criteria below are required',
    );
    await page.click('section[aria-labelledby="completion-title"] summary');
    expect(await text(page, 'section[aria-labelledby="completion-title"] details')).toContain(
      'Data Protection Assessment',
    );
    const share = await page.$eval('a[href^="mailto:?subject="]', (a) => a.getAttribute('href'));
    expect(decodeURIComponent(share!)).toContain(`/courses/${first.href!.split('/').pop()}`);
    await context.close();
  });

  it('shows Record of Learning tabs with their own addresses, and a working phone layout', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/record-of-learning');
    const tabs = await page.$$eval('nav[aria-label="Record of Learning"] a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(tabs).toEqual(expect.arrayContaining(['/record-of-learning', '/record-of-learning/evidence']));
    await page.setViewport({ width: 320, height: 800 });
    await go(page, '/record-of-learning/evidence/new');
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`.slice(0, 80)),
    );
    expect(overflow).toEqual([]);
    await page.click('main form button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await text(page, '[role="alert"]')).toContain('Enter a title');
    await context.close();
  });

  it('lets the L&D admin open their courses and the activities page', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username, '/admin/courses');
    expect(await text(page, 'h1')).toBe('Courses');
    const href = await page.$eval('main table a[href^="/admin/courses/"]', (a) => a.getAttribute('href'));
    await go(page, `${href}/activities`);
    expect(await text(page, 'main')).toContain('Course completion');
    await context.close();
  });
});
