/** @jest-environment node */
// Workshop journeys on the seeded demo: a learner cancels a booking and signs up again (with the form's
// validation), and an L&D admin opens the attendee list and exports it.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('h1');
  // Interact only once the page is hydrated: an early click would bypass the client-side form handling.
  await waitForShell(page);
}

/** Clicks a link and waits for the (client-side) navigation to finish rendering the new page. */
async function clickAndWait(page: Page, selector: string): Promise<void> {
  const before = page.url();
  await page.click(selector);
  await page.waitForFunction((url) => location.href !== url, { timeout: 30_000 }, before);
  await page.waitForNetworkIdle({ idleTime: 300 });
  await page.waitForSelector('h1');
  await waitForShell(page);
}

describeBrowser('workshops', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('learner cancels a booking with a reason, then signs up again through the sign-up form', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/bookings');
    await page.waitForSelector('h1');
    await waitForShell(page);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('My bookings');

    await clickAndWait(page, 'a[href^="/workshops/bookings/"][href$="/cancel"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Cancel booking');
    const sessionHref = await page.$eval('a[href^="/workshops/sessions/"]', (a) => a.getAttribute('href'));
    // Submitting without a reason keeps the booking and says what is wrong.
    await page.waitForSelector('main form button[type="submit"]');
    await page.click('main form button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await page.$eval('[role="alert"]', (e) => e.textContent)).toContain('Select a cancellation reason');
    const reason = await page.$eval('#field-reason option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
    await page.select('#field-reason', reason);
    await page.type('#field-details', 'Clashes with a team meeting');
    await Promise.all([
      page.waitForFunction(() => location.pathname === '/bookings'),
      page.click('main form button[type="submit"]'),
    ]);
    await page.waitForSelector('[role="status"]');
    expect(await page.$eval('[role="status"]', (e) => e.textContent)).toContain('Your booking has been cancelled');

    await go(page, sessionHref!);
    const signUp = await page.$('main a[href$="/sign-up"]');
    expect(signUp).not.toBeNull();
    await clickAndWait(page, 'main a[href$="/sign-up"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/^(Sign up|Join the waitlist)/);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Email with iCalendar appointment');

    // An empty submit shows the error summary when the form has required fields.
    const required =
      (await page.$('#field-costCode')) ||
      (await page.$('#field-acceptTerms')) ||
      (await page.$('input[type="checkbox"][name^="answers."]'));
    if (required) {
      await page.click('main form button[type="submit"]');
      await page.waitForSelector('[role="alert"]');
      expect(await page.$eval('[role="alert"] h2', (e) => e.textContent)).toBe('There is a problem');
    }
    if (await page.$('#field-costCode')) {
      await page.$eval('#field-costCode', (e) => ((e as HTMLInputElement).value = ''));
      await page.type('#field-costCode', 'HR-4411');
    }
    for (const box of await page.$$('main form input[type="checkbox"]')) {
      if (!(await box.evaluate((b) => (b as HTMLInputElement).checked))) await box.click();
    }
    for (const select of await page.$$('main form select[name^="answers."]')) {
      const value = await select.$eval('option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
      await select.select(value);
    }
    for (const input of await page.$$(
      'main form input[type="text"][name^="answers."], main form input:not([type])[name^="answers."]',
    )) {
      await input.evaluate((e) => ((e as HTMLInputElement).value = ''));
      await input.type('Keen to learn');
    }
    await page.type('#field-specialRequirements', 'Step-free access please <script>alert(1)</script>');
    await Promise.all([
      page.waitForFunction(() => location.search.includes('done=')),
      page.click('main form button[type="submit"]'),
    ]);
    await page.waitForSelector('[role="status"]');
    expect(await page.$eval('[role="status"]', (e) => e.textContent)).toMatch(/You’re (booked|on the waitlist)/);
    expect(await page.$('a[href$="/calendar.ics"]')).not.toBeNull();
    const ics = await page.evaluate(
      async (href) => {
        const r = await fetch(href ?? '');
        return { type: r.headers.get('content-type'), body: await r.text() };
      },
      await page.$eval('a[href$="/calendar.ics"]', (a) => a.getAttribute('href')),
    );
    expect(ics.type).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    await context.close();
  });

  it('L&D admin opens a session’s attendees and exports them as CSV; a learner cannot', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username, '/admin/workshops');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Workshops and sessions');
    await clickAndWait(page, 'main table a[href^="/admin/workshops/"]');
    await clickAndWait(page, 'main a[href^="/admin/workshops/sessions/"]');
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Attendees (');
    const csvHref = await page.$eval('a[href$="/attendees.csv"]', (a) => a.getAttribute('href'));
    const csv = await page.evaluate(async (href) => {
      const r = await fetch(href ?? '');
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    }, csvHref);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.body).toContain('Username,First name,Last name,Email,Status');
    await context.close();

    const learner = await signedInPage(browser, DEMO_USERS.learner.username, '/');
    const denied = await learner.page.goto(`${baseUrl()}${csvHref}`);
    expect(denied?.status()).toBe(404);
    const adminPage = await learner.page.goto(`${baseUrl()}/admin/workshops`);
    expect(adminPage?.status()).toBe(404);
    await learner.context.close();
  });
});
