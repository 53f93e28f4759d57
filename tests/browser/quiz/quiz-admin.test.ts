/** @jest-environment node */
// Issue 20 item 1: the quiz admin page rendered a server-side SelectField whose id helper lived in a 'use client'
// module, so the page answered HTTP 500 as soon as the course's question bank held a question it could offer.
// This opens the Data Protection quiz, takes a question out (so the bank offers it) and adds it back.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';

async function questionNames(page: Page): Promise<string[]> {
  return page.$$eval('section[aria-labelledby="questions-heading"] ol li a', (links) =>
    links.map((a) => a.textContent?.trim() ?? ''),
  );
}

describeBrowser('quiz admin page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders with a filled question bank and adds a question from it', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin/quizzes');
    const href = await page.$$eval('tbody tr', (rows) => {
      const row = rows.find((r) => r.textContent?.includes('Data Protection'));
      return row?.querySelector('a')?.getAttribute('href') ?? null;
    });
    expect(href).toMatch(/^\/admin\/quizzes\/\d+$/);
    const response = await page.goto(`${baseUrl()}${href}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const before = await questionNames(page);
    expect(before.length).toBeGreaterThan(1);

    // Take the first question out of the quiz: it goes back to the bank, and the page offers it.
    await page.waitForSelector('section[aria-labelledby="questions-heading"] ol li button[type="submit"]');
    await page.click('section[aria-labelledby="questions-heading"] ol li button[type="submit"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('section[aria-labelledby="questions-heading"] ol li').length === n,
      { timeout: 20_000 },
      before.length - 1,
    );
    const reloaded = await page.reload({ waitUntil: 'load' });
    expect(reloaded?.status()).toBe(200);
    const options = await page.$$eval('select[name="questionId"] option', (os) => os.map((o) => o.textContent));
    expect(options).toContain(before[0]);
    expect(await page.$eval('label[for="field-questionId"]', (l) => l.textContent)).toBe(
      'Add a question from the bank',
    );

    const value = await page.$$eval(
      'select[name="questionId"] option',
      (os, name) => (os as HTMLOptionElement[]).find((o) => o.textContent === name)?.value ?? '',
      before[0],
    );
    await page.select('select[name="questionId"]', value);
    await page.$$eval('button[type="submit"]', (buttons) =>
      (buttons as HTMLButtonElement[]).find((b) => b.textContent?.trim() === 'Add question')?.click(),
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('section[aria-labelledby="questions-heading"] ol li').length === n,
      { timeout: 20_000 },
      before.length,
    );
    expect((await questionNames(page)).sort()).toEqual([...before].sort());
    await context.close();
  });
});
