/** @jest-environment node */
// The email outbox as the site admin ilearn.admin (list, filter, sandboxed preview, attachment download, retry),
// and not found for learner 90011. Emails come from tests/factories/emails.ts (browser fixtures).
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { OUTBOX_FIXTURES } from '../../factories/emails';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';

async function rowSubjects(page: Page): Promise<string[]> {
  return page.$$eval('tbody tr td:first-child a', (links) => links.map((a) => a.textContent?.trim() ?? ''));
}

async function idOf(page: Page, recipient: string): Promise<number> {
  await page.goto(`${baseUrl()}/admin/emails?q=${encodeURIComponent(recipient)}`, { waitUntil: 'domcontentloaded' });
  const href = await page.$eval('tbody tr td:first-child a', (a) => a.getAttribute('href') ?? '');
  return Number(href.split('/').pop());
}

describeBrowser('admin email outbox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('site admin lists, filters and opens emails, downloads the invite and retries a failure', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin/emails');
    expect(new URL(page.url()).pathname).toBe('/admin/emails');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Emails');
    expect(await rowSubjects(page)).toEqual(
      expect.arrayContaining([OUTBOX_FIXTURES.invite.subject, OUTBOX_FIXTURES.failed.subject]),
    );
    expect(await page.$eval('nav[aria-label="Pagination"]', (n) => n.textContent)).toMatch(
      /Showing 1 to \d+ of \d+ emails/,
    );

    // Filter by status with the form.
    await page.select('#filter-status', 'FAILED');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.click('form[action="/admin/emails"] button[type="submit"]'),
    ]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('FAILED');
    expect(await rowSubjects(page)).toEqual([OUTBOX_FIXTURES.failed.subject]);
    expect(await page.$eval('tbody', (t) => t.textContent)).toContain('The domain is not verified.');

    // Detail: the message in a sandbox where its script cannot run, and the invite as a download.
    const inviteId = await idOf(page, OUTBOX_FIXTURES.invite.to);
    await page.goto(`${baseUrl()}/admin/emails/${inviteId}`, { waitUntil: 'load' });
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(OUTBOX_FIXTURES.invite.subject);
    expect(await page.$eval('iframe', (f) => f.getAttribute('sandbox'))).toBe('');
    const frame = await (await page.$('iframe'))?.contentFrame();
    expect(await frame?.evaluate(() => document.title)).not.toBe('ran');
    const download = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        disposition: response.headers.get('content-disposition'),
        body: await response.text(),
      };
    }, `/admin/emails/${inviteId}/attachments/0`);
    expect(download).toMatchObject({ status: 200, type: 'text/calendar; method=REQUEST', body: OUTBOX_FIXTURES.ics });
    expect(download.disposition).toContain('attachment; filename="fire-safety.ics"');
    expect(await page.$('main form button[type="submit"]')).toBeNull(); // no Retry for an email that did not fail

    // Retry the failed one: queued again, then handled by the worker inside `next start` (no provider: outbox).
    const failedId = await idOf(page, OUTBOX_FIXTURES.failed.to);
    await page.goto(`${baseUrl()}/admin/emails/${failedId}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => !document.querySelector('main form button[type="submit"]')?.hasAttribute('disabled'),
    );
    await page.click('main form button[type="submit"]');
    await page.waitForSelector('[role="status"]', { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('retried')).toBe('1');
    expect(await page.$eval('[role="status"]', (b) => b.textContent)).toContain('queued to be sent again');
    let status = '';
    for (let i = 0; i < 40 && status !== 'In outbox'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.goto(`${baseUrl()}/admin/emails/${failedId}`, { waitUntil: 'domcontentloaded' });
      status = await page.$eval('dl dd strong', (tag) => tag.textContent?.trim() ?? '');
    }
    expect(status).toBe('In outbox');
    await context.close();
  });

  it('learner 90011 gets "not found" for the outbox, an email and an attachment', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    for (const path of ['/admin/emails', '/admin/emails/1', '/admin/emails/1/attachments/0']) {
      const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(404);
    }
    await context.close();
  });
});
