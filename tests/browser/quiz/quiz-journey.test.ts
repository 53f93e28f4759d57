/** @jest-environment node */
// The quiz journeys in a real browser on the seeded demo: an L&D admin finds the Introduction to Health and Safety
// quiz and its results (CSV too); Sam Taylor takes it at phone width. Everything the attempt and summary pages send
// (HTML and React Server Component payloads) is inspected for grades and feedback before the attempt is submitted.
import type { Browser, HTTPResponse, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser, expectTitle } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';

// Feedback and general feedback written in the seed for this quiz: none of it may reach the browser early.
const SECRETS = [
  "Sorry that's not quite right",
  'A hazard is anything with the potential to cause harm',
  'Your manager then records it on the accident reporting system',
  'Fire doors only work when they are closed',
  '"fraction"',
];

async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 }), page.click(selector)]);
}

describeBrowser('quiz journeys', () => {
  let browser: Browser;
  let activityId: number;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an admin find the quiz, its results and the CSV export', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin/quizzes');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Quizzes');
    const href = await page.$$eval('tbody tr', (rows) => {
      const row = rows.find((r) => r.textContent?.includes('Introduction to Health and Safety'));
      return row?.querySelector('a')?.getAttribute('href') ?? null;
    });
    expect(href).toMatch(/^\/admin\/quizzes\/\d+$/);
    activityId = Number(href!.split('/').pop());

    await page.goto(`${baseUrl()}/admin/quizzes/${activityId}/results`, { waitUntil: 'load' });
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/^Results: /);
    const csv = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    }, `/admin/quizzes/${activityId}/results/export`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('Learner,Username,Attempt,State,Started,Completed,Marks,Grade / 15');
    expect(csv.text).toContain('Sam Taylor');
    await context.close();
  });

  it('lets a learner take the quiz on a phone without the answers reaching the browser first', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, `/quiz/${activityId}`);
    await page.setViewport({ width: 390, height: 800 });
    const bodies: string[] = [];
    // Bodies arrive after their responses; the check below waits for every one read so far (under load they lag).
    const reading: Promise<unknown>[] = [];
    let capturing = true;
    page.on('response', (response: HTTPResponse) => {
      if (!capturing || !response.url().includes('/quiz/attempts/')) return;
      reading.push(
        response
          .text()
          .then((text) => bodies.push(text))
          .catch(() => undefined), // redirects have no body
      );
    });

    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBeTruthy();
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Highest grade');
    const start = await page.$$eval('main button[type="submit"], main a', (els) =>
      els
        .map((e) => e.textContent?.trim())
        .find((t) => t === 'Re-attempt quiz' || t === 'Attempt quiz now' || t === 'Continue your attempt'),
    );
    expect(start).toBeTruthy();
    if (start === 'Continue your attempt') {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main a[href^="/quiz/attempts/"]')]);
    } else {
      await clickAndWait(page, 'main form button[type="submit"]');
    }
    expect(page.url()).toMatch(/\/quiz\/attempts\/\d+/);

    // Answer every page with its first choice, moving on with "Next page" and ending with "Finish attempt…".
    for (let guard = 0; guard < 30; guard++) {
      await page.waitForSelector('main fieldset');
      // The page as rendered too: under load Chromium can drop a response body before it is read.
      bodies.push(await page.content());
      for (const fieldset of await page.$$('main fieldset')) {
        await (await fieldset.$('input:not([type="hidden"])'))!.click();
      }
      const next = await page.$$eval(
        'main button[name="goto"]',
        (buttons) => buttons.find((b) => b.textContent?.trim() === 'Next page')?.getAttribute('value') ?? null,
      );
      if (!next) break;
      await clickAndWait(page, `main button[name="goto"][value="${next}"]`);
    }
    await clickAndWait(page, 'main button[name="goto"][value="summary"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Summary of attempt');
    // Titles say what and which (issue 16 item 4).
    await expectTitle(page, /^Summary of attempt: .+ – iLearn\+$/);
    const statuses = await page.$$eval('main tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.includes('Answer saved'))).toBe(true);

    // Everything sent so far: no grades, no feedback.
    await Promise.all(reading);
    bodies.push(await page.content());
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) for (const secret of SECRETS) expect(body).not.toContain(secret);
    capturing = false;

    // "Submit all and finish" asks for confirmation first.
    const openDialog = await page.$$('main button[type="button"]');
    let opened = false;
    for (const button of openDialog) {
      if ((await button.evaluate((b) => b.textContent?.trim())) === 'Submit all and finish') {
        await button.click();
        opened = true;
        break;
      }
    }
    expect(opened).toBe(true);
    await page.waitForSelector('dialog[open]');
    expect(await page.$eval('dialog[open] h2', (h) => h.textContent)).toBe('Submit your answers?');
    // It opens on the safe choice (issue 16 item 5), not on the final submit.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Cancel');
    await clickAndWait(page, 'dialog[open] button[type="submit"]');

    expect(page.url()).toMatch(/\/review$/);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Review of your attempt');
    await expectTitle(page, /^Review of attempt \d+: .+ – iLearn\+$/);
    const review = await page.content();
    expect(review).toMatch(/out of 15 \(\d+(\.\d+)?%\)/);
    expect(review).toContain('A hazard is anything with the potential to cause harm');
    const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(noScroll).toBe(true);

    await clickAndWait(page, 'main a[href^="/quiz/"]:not([href*="attempts"])');
    expect(new URL(page.url()).pathname).toBe(`/quiz/${activityId}`);
    await context.close();
  });
});
