/** @jest-environment node */
// Manual login, the return address after login, and the redirect of signed-out visitors.
import type { Browser } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser, expectTitle } from '../../helpers/browser';
import { logIn, submitLogin } from '../../helpers/sign-in';
import { focused } from './dom';

describeBrowser('login', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('redirects a signed-out visit to / to the login page', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`, { waitUntil: 'domcontentloaded' });
    const url = new URL(page.url());
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('callbackUrl')).toBe('/');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Log in to iLearn+');
    await expectTitle(page, 'Log in – iLearn+');
    await context.close();
  });

  it('shows one generic error for a wrong password and keeps the username', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
    expect(await page.$eval('label[for="field-username"]', (l) => l.textContent)).toBe('Username (case sensitive)');
    expect(await page.$eval('form button[type="submit"]', (b) => b.textContent)).toBe('Log in');
    await submitLogin(page, DEMO_USERS.learner.username, 'not-the-password');
    const summary = await page.waitForSelector('[role="alert"]');
    expect(await summary!.evaluate((e) => e.textContent)).toContain('Your username or password is incorrect.');
    expect((await focused(page)).text).toContain('There is a problem');
    expect(await page.$eval('input[name="username"]', (i) => (i as HTMLInputElement).value)).toBe('90011');
    expect(await page.$eval('input[name="password"]', (i) => (i as HTMLInputElement).value)).toBe('');
    expect(new URL(page.url()).pathname).toBe('/login');

    // Usernames are case sensitive; an unknown username gets the same message.
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
    await submitLogin(page, 'ILEARN.ADMIN', 'Learn2026!');
    await page.waitForSelector('[role="alert"]');
    expect(await page.$eval('[role="alert"]', (e) => e.textContent)).toContain(
      'Your username or password is incorrect.',
    );
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('asks for both fields when they are empty', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('form[data-ready="true"]');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('[role="alert"] a[href="#field-username"]');
    const links = await page.$$eval('[role="alert"] a', (as) => as.map((a) => a.textContent));
    expect(links).toEqual(['Enter your username', 'Enter your password']);
    await context.close();
  });

  it('returns to the page asked for after logging in, and never to another site', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/help?from=test`, { waitUntil: 'domcontentloaded' });
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Help and contact');

    await page.goto(`${baseUrl()}/admin`, { waitUntil: 'domcontentloaded' });
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/admin');
    await logIn(page, DEMO_USERS.siteAdmin.username);
    expect(new URL(page.url()).pathname).toBe('/admin');
    await context.close();

    const other = await browser.createBrowserContext();
    const page2 = await other.newPage();
    await page2.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent('https://evil.example/')}`, {
      waitUntil: 'domcontentloaded',
    });
    await logIn(page2, DEMO_USERS.learner.username);
    expect(page2.url()).toBe(`${baseUrl()}/`);
    await other.close();
  });
});
