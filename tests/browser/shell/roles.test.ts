/** @jest-environment node */
// Each demo role sees the task bar menus meant for it, and only those.
import type { Browser, Page } from 'puppeteer';
import { ADMIN_SECTIONS } from '@/components/admin/admin-sections';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage } from '../../helpers/sign-in';
import { mainNavNames } from './dom';

async function openMyLearning(page: Page): Promise<string[]> {
  await page.click('nav[aria-label="Main"] button[aria-expanded]');
  return page.$$eval('nav[aria-label="Main"] [id] a', (links) =>
    links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.textContent?.trim() ?? ''),
  );
}

async function adminSubNav(page: Page): Promise<string[]> {
  return page.$$eval('nav[aria-label="Admin"] a', (links) => links.map((a) => a.textContent?.trim() ?? ''));
}

describeBrowser('task bar by role', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('learner 90011: Home, Find Learning, My Learning, search and profile; no My Team, no Admin', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('My Learning');
    const names = await mainNavNames(page);
    expect(names).toEqual(expect.arrayContaining(['Home', 'Find Learning', 'My Learning']));
    expect(names).not.toContain('My Team');
    expect(names).not.toContain('Admin');
    // The demo learner has mandatory learning outstanding (seeded induction program and certifications).
    expect(await openMyLearning(page)).toEqual(['Record of Learning', 'My bookings', 'Required Learning']);
    expect(await page.$('form[role="search"][action="/find-learning"] input[name="q"]')).not.toBeNull();
    expect(await page.$eval('header', (h) => h.textContent)).toContain('Sam Taylor');

    const admin = await page.goto(`${baseUrl()}/admin`, { waitUntil: 'domcontentloaded' });
    expect(admin?.status()).toBe(404);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Page not found');
    expect(await mainNavNames(page)).toContain('Home'); // the task bar stays, to carry on from
    await context.close();
  });

  it('manager 90002 sees My Team but not Admin', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.manager.username);
    const names = await mainNavNames(page);
    expect(names).toContain('My Team');
    expect(names).not.toContain('Admin');
    expect(await page.$eval('nav[aria-label="Main"] a[href="/team"]', (a) => a.textContent)).toBe('My Team');
    await context.close();
  });

  it('L&D admin 90003 sees Admin, without the site-admin-only sections', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username, '/admin');
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await mainNavNames(page)).toContain('Admin');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Admin');
    const sections = await adminSubNav(page);
    for (const section of ADMIN_SECTIONS) {
      if (section.siteAdminOnly) expect(sections).not.toContain(section.title);
      else expect(sections).toContain(section.title);
    }
    await context.close();
  });

  it('site admin ilearn.admin sees Admin with every section', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.siteAdmin.username, '/admin');
    expect(await mainNavNames(page)).toContain('Admin');
    const sections = await adminSubNav(page);
    for (const section of ADMIN_SECTIONS) expect(sections).toContain(section.title);
    await context.close();
  });

  it('signing out from the profile menu ends the session', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username);
    await page.locator('header button[aria-expanded]::-p-text(Sam Taylor)').click();
    expect(await page.$eval('header a[href="/profile"]', (a) => a.textContent)).toBe('Profile');
    await page.locator('header button::-p-text(Sign out)').click();
    await page.waitForFunction(() => window.location.pathname === '/login', { timeout: 20_000 });
    await page.goto(`${baseUrl()}/`, { waitUntil: 'domcontentloaded' });
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});
