/** @jest-environment node */
// Workshop journeys on the seeded demo: a learner cancels a booking and signs up again (with the form's
// validation), and an L&D admin opens the attendee list and exports it.
import type { Browser, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser, waitForErrorSummary } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('h1');
  // Interact only once the page is hydrated: an early click would bypass the client-side form handling.
  await waitForShell(page);
}

/**
 * Clicks a link and waits for the (client-side) navigation to show the new page: its heading (`heading`, or any
 * heading other than the current one). Waiting for the network to be idle instead could take the test's whole
 * 30 s on a loaded machine, with prefetches in flight.
 */
async function clickAndWait(page: Page, selector: string, heading?: RegExp): Promise<void> {
  const before = await page.$eval('main h1', (h) => h.textContent ?? '').catch(() => '');
  await page.click(selector);
  await page.waitForFunction(
    (source: string | null, previous: string) => {
      const text = document.querySelector('main h1')?.textContent ?? '';
      return source === null ? text !== '' && text !== previous : new RegExp(source).test(text);
    },
    { timeout: 20_000 },
    heading?.source ?? null,
    before,
  );
  await waitForShell(page);
}

/**
 * Submits the form and waits until the server action's redirect has shown the page the test needs (its path and
 * query), failing with the form's error summary when it did not redirect (instead of a bare 30 s time-out).
 */
async function submitAndWaitFor(page: Page, target: { pathname: string; search?: string }): Promise<void> {
  await page.click('main form button[type="submit"]');
  try {
    await page.waitForFunction(
      (t: { pathname: string; search?: string }) =>
        (t.pathname.endsWith('/') ? location.pathname.startsWith(t.pathname) : location.pathname === t.pathname) &&
        location.search.includes(t.search ?? ''),
      { timeout: 20_000 },
      target,
    );
  } catch (error) {
    const summary = await page.$eval('[role="alert"]', (e) => e.textContent).catch(() => null);
    throw new Error(`No redirect to ${target.pathname} (at ${page.url()}); error summary: ${summary ?? 'none'}`, {
      cause: error,
    });
  }
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

    await clickAndWait(page, 'a[href^="/workshops/bookings/"][href$="/cancel"]', /^Cancel booking$/);
    const sessionHref = await page.$eval('a[href^="/workshops/sessions/"]', (a) => a.getAttribute('href'));
    // Submitting without a reason keeps the booking and says what is wrong.
    await page.waitForSelector('main form button[type="submit"]');
    await page.click('main form button[type="submit"]');
    expect(await waitForErrorSummary(page)).toContain('Select a cancellation reason');
    const reason = await page.$eval('#field-reason option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
    await page.select('#field-reason', reason);
    await page.type('#field-details', 'Clashes with a team meeting');
    expect(await page.$eval('#field-details', (e) => (e as HTMLTextAreaElement).value)).toBe(
      'Clashes with a team meeting',
    );
    await submitAndWaitFor(page, { pathname: '/bookings', search: 'cancelled=1' });
    await page.waitForFunction(() => document.querySelector('main [role="status"]')?.textContent, { timeout: 20_000 });
    expect(await page.$eval('main [role="status"]', (e) => e.textContent)).toContain('Your booking has been cancelled');

    await go(page, sessionHref!);
    const signUp = await page.$('main a[href$="/sign-up"]');
    expect(signUp).not.toBeNull();
    await clickAndWait(page, 'main a[href$="/sign-up"]', /^(Sign up|Join the waitlist)/);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Email with iCalendar appointment');

    // An empty submit shows the error summary when the form has required fields.
    const required =
      (await page.$('#field-costCode')) ||
      (await page.$('#field-acceptTerms')) ||
      (await page.$('input[type="checkbox"][name^="answers."]'));
    if (required) {
      await page.click('main form button[type="submit"]');
      expect(await waitForErrorSummary(page)).toContain('There is a problem');
    }
    if (await page.$('#field-costCode')) {
      await page.$eval('#field-costCode', (e) => ((e as HTMLInputElement).value = ''));
      await page.type('#field-costCode', 'HR-4411');
      expect(await page.$eval('#field-costCode', (e) => (e as HTMLInputElement).value)).toBe('HR-4411');
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
    await submitAndWaitFor(page, { pathname: '/workshops/sessions/', search: 'done=' });
    await page.waitForFunction(() => document.querySelector('main [role="status"]')?.textContent, { timeout: 20_000 });
    expect(await page.$eval('main [role="status"]', (e) => e.textContent)).toMatch(/You’re (booked|on the waitlist)/);
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
    await clickAndWait(page, 'main a[href^="/admin/workshops/sessions/"]', /: session$/);
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
