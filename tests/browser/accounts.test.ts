/** @jest-environment node */
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { baseUrl, describeBrowser, launchBrowser } from '../helpers/browser';
import { logIn, submitLogin } from '../helpers/sign-in';
import { BT_PASSWORD, BT_USERS } from './fixtures/accounts-data';

async function manualLogin(page: Page, username: string, password: string, callbackUrl = '/'): Promise<void> {
  await page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
    waitUntil: 'domcontentloaded',
  });
  await logIn(page, username, password);
}

async function submitExpectingError(page: Page, username: string, password: string): Promise<string> {
  await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
  await submitLogin(page, username, password);
  await page.waitForSelector('[role="alert"]');
  return page.$eval('[role="alert"]', (el) => el.textContent ?? '');
}

/** The identity provider's development pages link to web fonts: keep the browser on this machine. */
async function localOnly(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    void (host === '127.0.0.1' || host === 'localhost' ? request.continue() : request.abort());
  });
}

/** Waits for the end of a full or client-side navigation to `path`. */
async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    (p) => window.location.pathname === p && document.readyState === 'complete',
    { timeout: 20_000 },
    path,
  );
}

const h1 = (page: Page) => page.$eval('h1', (el) => el.textContent?.trim() ?? '');

describeBrowser('accounts journeys', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.createBrowserContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  it('shows automatic and manual login, and one generic message for wrong details (usernames case-sensitive)', async () => {
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
    expect(await h1(page)).toBe('Log in to iLearn+');
    const headings = await page.$$eval('h2', (els) => els.map((el) => el.textContent?.trim()));
    expect(headings).toEqual(expect.arrayContaining(['Automatic login', 'Manual login']));
    const wrongCase = await submitExpectingError(page, BT_USERS.learner.toUpperCase(), BT_PASSWORD);
    const unknown = await submitExpectingError(page, 'nobody.at.all', BT_PASSWORD);
    expect(wrongCase).toMatch(/username or password is incorrect/);
    expect(unknown).toBe(wrongCase);
  });

  it('logs in with manual login (and measures it), then logs the viewer into their profile', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const ctx = await browser.createBrowserContext();
      const p = await ctx.newPage();
      await p.goto(`${baseUrl()}/login?callbackUrl=%2Fprofile`, { waitUntil: 'domcontentloaded' });
      await p.waitForSelector('form[data-ready="true"]');
      await p.locator('input[name="username"]').fill(BT_USERS.learner);
      await p.locator('input[name="password"]').fill(BT_PASSWORD);
      const start = performance.now();
      await p.click('form button[type="submit"]');
      await waitForPath(p, '/profile');
      times.push(performance.now() - start);
      expect(await h1(p)).toBe('Your profile');
      await ctx.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      `Manual login to profile page, 5 runs: p50 ${Math.round(times[2]!)} ms, max ${Math.round(times[4]!)} ms`,
    );
  });

  it('forces a temporary password to be changed before anything else is reachable', async () => {
    await page.goto(`${baseUrl()}/login?callbackUrl=%2Fprofile`, { waitUntil: 'domcontentloaded' });
    await submitLogin(page, BT_USERS.temporary, BT_PASSWORD);
    await waitForPath(page, '/change-password');
    await page.goto(`${baseUrl()}/profile`, { waitUntil: 'domcontentloaded' });
    expect(page.url()).toContain('/change-password');
    expect(await page.$eval('#password-policy', (el) => el.textContent)).toMatch(/at least 8 characters/);
    expect(await page.$eval('[data-testid="username"]', (el) => el.textContent)).toBe(BT_USERS.temporary);
    await page.type('input[name="currentPassword"]', BT_PASSWORD);
    await page.type('input[name="newPassword"]', 'password');
    await page.type('input[name="confirmPassword"]', 'password');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary-title');
    // Every unmet rule at once, beside the field.
    const fieldError = await page.$eval('#field-newPassword-error', (el) => el.textContent ?? '');
    expect(fieldError).toMatch(/at least 1 number/);
    expect(fieldError).toMatch(/capital letter/);
    expect(fieldError).toMatch(/too common/);
    await page.type('input[name="currentPassword"]', BT_PASSWORD);
    await page.type('input[name="newPassword"]', 'Riverbank8otter');
    await page.type('input[name="confirmPassword"]', 'Riverbank8otter');
    await page.click('button[type="submit"]');
    await page.waitForFunction(
      () =>
        window.location.pathname !== '/change-password' || /could not keep you/.test(document.body.textContent ?? ''),
      { timeout: 20_000 },
    );
    expect(await page.$eval('body', (el) => el.textContent)).not.toMatch(/could not keep you/);
    // The same browser session carries on (its session version was moved on with the change).
    await page.goto(`${baseUrl()}/profile`, { waitUntil: 'domcontentloaded' });
    expect(await h1(page)).toBe('Your profile');
  });

  it('signs an eligible person in with automatic login through a real OpenID Connect provider', async () => {
    await localOnly(page);
    await page.goto(`${baseUrl()}/login?callbackUrl=%2Fprofile`, { waitUntil: 'load' });
    await page.click('button::-p-text(Automatic login)');
    await page.waitForSelector('input[name="login"]', { timeout: 20_000 });
    await page.type('input[name="login"]', 'sso-staff-1');
    await page.type('input[name="password"]', 'anything');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
    if (await page.$('button::-p-text(Continue)')) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button::-p-text(Continue)')]);
    }
    await waitForPath(page, '/profile');
    expect(await h1(page)).toBe('Your profile');
    expect(await page.$eval('main', (el) => el.textContent)).toContain(BT_USERS.ssoStaff);
    expect(await page.$eval('main', (el) => el.textContent)).toMatch(/Automatic login with your work account/);
  });

  it('explains to an ineligible person that they must use manual login', async () => {
    await localOnly(page);
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'load' });
    await page.click('button::-p-text(Automatic login)');
    await page.waitForSelector('input[name="login"]', { timeout: 20_000 });
    await page.type('input[name="login"]', 'no-sso-2');
    await page.type('input[name="password"]', 'anything');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
    if (await page.$('button::-p-text(Continue)')) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button::-p-text(Continue)')]);
    }
    await waitForPath(page, '/login');
    expect(page.url()).toContain('/login');
    const text = await page.$eval('main', (el) => el.textContent ?? '');
    expect(text).toMatch(/not available for your organisation/);
    expect(text).toMatch(/use manual login/);
  });

  it('locks an account after repeated failures and tells only the person with the right password', async () => {
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' });
    for (let i = 0; i < 5; i += 1) {
      expect(await submitExpectingError(page, BT_USERS.lockout, `Wrong${i}guess`)).toMatch(/incorrect/);
    }
    expect(await submitExpectingError(page, BT_USERS.lockout, BT_PASSWORD)).toMatch(/locked until/);
  });

  it('keeps what was typed and lists every problem on the account request form', async () => {
    await page.goto(`${baseUrl()}/request-account`, { waitUntil: 'domcontentloaded' });
    await page.type('input[name="firstName"]', 'Alex');
    await page.type('input[name="email"]', 'not-an-email');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary-title');
    const errors = await page.$$eval('[role="alert"] li a', (els) => els.map((el) => el.textContent));
    expect(errors).toEqual(
      expect.arrayContaining(['Enter your last name', 'Enter your job title', "Enter your manager's name"]),
    );
    expect(errors.join(' ')).toMatch(/correct format/);
    expect(await page.$eval('input[name="firstName"]', (el) => (el as HTMLInputElement).value)).toBe('Alex');
    expect(await page.$eval('input[name="email"]', (el) => (el as HTMLInputElement).value)).toBe('not-an-email');
  });

  it('answers a forgotten-password request the same way whether or not the account exists', async () => {
    const answers: string[] = [];
    for (const identifier of [BT_USERS.learner, 'no-such-person']) {
      await page.goto(`${baseUrl()}/forgot-password`, { waitUntil: 'domcontentloaded' });
      await page.type('input[name="identifier"]', identifier);
      await page.click('button[type="submit"]');
      await page.waitForSelector('[role="status"]');
      answers.push(await page.$eval('[role="status"]', (el) => el.textContent ?? ''));
    }
    expect(answers[0]).toMatch(/Check your email/);
    expect(answers[1]).toBe(answers[0]);
  });

  it('sends visitors without a session to the login page', async () => {
    await page.goto(`${baseUrl()}/profile`, { waitUntil: 'domcontentloaded' });
    expect(page.url()).toContain('/login?callbackUrl=%2Fprofile');
    await page.goto(`${baseUrl()}/admin/users`, { waitUntil: 'domcontentloaded' });
    expect(page.url()).toContain('/login');
  });

  it.each([BT_USERS.learner, BT_USERS.ldAdmin])(
    'gives %s "not found" on every account admin page',
    async (username) => {
      await manualLogin(page, username, BT_PASSWORD);
      for (const path of [
        '/admin/users',
        '/admin/users/new',
        '/admin/users/import',
        '/admin/users/1',
        '/admin/users/1/edit',
        '/admin/account-requests',
        '/admin/account-requests/1',
        '/admin/settings/security',
      ]) {
        const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
        expect([path, response?.status()]).toEqual([path, 404]);
      }
    },
  );

  it('lets a site admin find and manage accounts', async () => {
    await manualLogin(page, BT_USERS.admin, BT_PASSWORD);
    await page.goto(`${baseUrl()}/admin/users?q=${BT_USERS.noSso}`, { waitUntil: 'domcontentloaded' });
    await page.click('tbody a');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'No Sso');
    await page.click('button::-p-text(Sign out everywhere)');
    await page.waitForFunction(() =>
      /Every session of this account has ended/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
  });
});
