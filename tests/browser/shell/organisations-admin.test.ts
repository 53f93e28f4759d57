/** @jest-environment node */
// A site admin changes an organisation's help details; its members see them. L&D admins cannot get in.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';

async function fill(page: Page, name: string, value: string) {
  await page.$eval(`[name="${name}"]`, (el) => ((el as HTMLInputElement).value = ''));
  await page.type(`[name="${name}"]`, value);
}

describeBrowser('organisations admin', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is not found for an L&D admin', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username);
    const response = await page.goto(`${baseUrl()}/admin/organisations`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(404);
    await context.close();
  });

  it('a site admin fixes a refused colour and saves new opening hours, which members then see', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin');
    await Promise.all([page.waitForNavigation(), page.click('main a[href="/admin/organisations"]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Organisations');
    const link = await page.$$eval('main a[href^="/admin/organisations/"]', (as) =>
      as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    );
    const target = link.find((l) => l.text === 'Hertfordshire Schools');
    expect(target).toBeDefined();
    await page.goto(`${baseUrl()}${target!.href}`, { waitUntil: 'load' });
    await page.waitForSelector('form[action] input[name="primaryColour"], form input[name="primaryColour"]');
    const original = await page.$eval('[name="primaryColour"]', (el) => (el as HTMLInputElement).value);

    await fill(page, 'primaryColour', '#ffdd00');
    await page.click('main form button[type="submit"]');
    const summary = await page.waitForSelector('[role="alert"]');
    expect(await summary!.evaluate((e) => e.textContent)).toContain('contrast ratio of at least 4.5 to 1');
    expect(await page.$eval('[name="primaryColour"]', (el) => (el as HTMLInputElement).value)).toBe('#ffdd00');
    expect(await page.$eval('[name="primaryColour"]', (el) => el.getAttribute('aria-invalid'))).toBe('true');

    await fill(page, 'primaryColour', original);
    await fill(page, 'contactHours', 'Monday to Friday, 8am to 6pm, term time');
    await page.click('main form button[type="submit"]');
    await page.waitForSelector('[role="status"]');
    expect(await page.$eval('[role="status"]', (e) => e.textContent)).toContain('Branding and help details saved');
    await context.close();

    const member = await signedInPage(browser, 'john.smith');
    expect(await member.page.$eval('footer', (f) => f.textContent)).toContain(
      'Monday to Friday, 8am to 6pm, term time',
    );
    await member.context.close();
  });
});
