/** @jest-environment node */
// eLearning end to end in Chromium: Sam opens Dementia Awareness from the course page (a new window), works
// through the sample module, loses the connection in the assessment, keeps answering, reconnects, closes the
// module and finds every answer saved on the server (in a fresh browser with nothing in localStorage).
import type { Browser, Frame, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

const CORRECT = { q1: 1, q2: 0, q3: 1, q4: 1, q5: 0 } as const;

async function courseHref(page: Page, name: string): Promise<string> {
  await page.goto(`${baseUrl()}/find-learning?q=${encodeURIComponent(name)}`, { waitUntil: 'domcontentloaded' });
  await waitForShell(page);
  const href = await page.$$eval(
    'main h3 a',
    (links, wanted) => links.find((a) => a.textContent?.trim() === wanted)?.getAttribute('href') ?? null,
    name,
  );
  if (!href) throw new Error(`No course ${name} in the search results`);
  return href;
}

async function contentFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe', { timeout: 30_000 });
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('#app button, #app h1', { timeout: 30_000 });
  return frame;
}

async function workThroughSections(frame: Frame) {
  for (const section of ['introduction', 'your-duties', 'reporting-a-breach', 'sharing-data']) {
    await frame.click(`[data-section="${section}"]`);
    // Next until the section's last page ("Finish section" takes us back to the menu).
    for (;;) {
      await frame.waitForSelector('#next');
      const label = await frame.$eval('#next', (b) => b.textContent);
      await frame.click('#next');
      if (label === 'Finish section') break;
    }
    await frame.waitForSelector(`[data-section="${section}"]`);
  }
}

describeBrowser('eLearning', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every answer through a dropped connection and records the pass', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    const href = await courseHref(page, 'Dementia Awareness');
    await page.goto(`${baseUrl()}${href}`, { waitUntil: 'domcontentloaded' });
    await waitForShell(page);
    const open = await page.waitForSelector('li[id^="activity-"] button::-p-text(Open eLearning)');
    const activityId = Number(await open!.evaluate((b) => b.closest('li')?.id.replace('activity-', '') ?? ''));

    const popupOpened = new Promise<Page>((resolve) => page.once('popup', (p) => resolve(p!)));
    await open!.click();
    const player = await popupOpened;
    expect(new URL(player.url()).pathname).toBe(`/scorm/${activityId}/play`);
    let frame = await contentFrame(player);
    await workThroughSections(frame);

    // The connection drops in the assessment; the learner keeps answering.
    await player.setOfflineMode(true);
    // A DOM click: the section link may sit outside the framed viewport at this window size.
    await frame.$eval('[data-section="assessment"]', (el) => (el as HTMLElement).click());
    for (const [q, option] of Object.entries(CORRECT)) await frame.click(`#${q}-${option}`);
    await frame.click('#submit-assessment');
    await frame.waitForSelector('#result');
    const warning = await player.waitForSelector('[data-testid="unsaved-warning"]', { timeout: 20_000 });
    expect(await warning!.evaluate((e) => e.textContent)).toBe(
      'Your progress has not been saved yet. Keep this window open; we will keep trying.',
    );

    // Back online: the queue catches up by itself and the warning goes.
    await player.setOfflineMode(false);
    await player.waitForFunction(
      () =>
        !document.querySelector('[data-testid="unsaved-warning"]') &&
        document.querySelector('[data-testid="save-state"]')?.textContent === 'All progress saved',
      { timeout: 45_000 },
    );

    // Closing: "being saved", then "Saved", then the course page in the first window.
    await player.click('button::-p-text(Save and close)');
    await player.waitForSelector('[data-testid="closing"]');
    await page.waitForFunction(() => document.readyState === 'complete' && !!document.querySelector('#task-bar'), {
      timeout: 30_000,
    });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForShell(page);
    const status = await page.$eval(`#activity-${activityId}`, (li) => li.textContent ?? '');
    expect(status).toMatch(/Completed with a pass/);
    await context.close();

    // A fresh browser (empty localStorage): everything comes from the server.
    const fresh = await signedInPage(browser, DEMO_USERS.learner.username);
    await fresh.page.goto(`${baseUrl()}/scorm/${activityId}/play`, { waitUntil: 'domcontentloaded' });
    frame = await contentFrame(fresh.page);
    await frame.waitForSelector('#result');
    for (const [q, option] of Object.entries(CORRECT)) {
      expect(await frame.$eval(`#${q}-${option}`, (input) => (input as HTMLInputElement).checked)).toBe(true);
    }
    expect(await frame.$eval('#result', (e) => e.textContent)).toMatch(/You passed the assessment.*100%/);
    await fresh.context.close();
  }, 180_000);

  it('says when the pop-up is blocked and offers the same window', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    const href = await courseHref(page, 'Dementia Awareness');
    await page.goto(`${baseUrl()}${href}`, { waitUntil: 'domcontentloaded' });
    await waitForShell(page);
    // A pop-up blocker makes window.open return null.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.click('li[id^="activity-"] button::-p-text(eLearning)');
    const blocked = await page.waitForSelector('[data-testid="popup-blocked"]');
    const text = await blocked!.evaluate((e) => e.textContent ?? '');
    expect(text).toMatch(/blocked the eLearning window/);
    expect(text).toMatch(/allow pop-ups/);
    const link = await blocked!.$eval('a', (a) => a.getAttribute('href'));
    expect(link).toMatch(/^\/scorm\/\d+\/play$/);
    await context.close();
  }, 60_000);
});
