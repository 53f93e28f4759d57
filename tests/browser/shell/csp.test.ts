/** @jest-environment node */
// Issue 15 item 4: with the Content-Security-Policy on (a nonce per response), the app still works — the login form
// hydrates, signing in and moving around run Next.js's scripts — and the browser reports no violation. An inline
// script without the nonce (what an injected one would be) is refused.
import type { Browser, HTTPResponse, Page } from 'puppeteer';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { logIn, waitForShell } from '../../helpers/sign-in';

/** Collects CSP violations the page reports (from the document's securitypolicyviolation events and the console). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

describeBrowser('Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('pages carry a nonce policy, Next.js scripts run under it, and no violation is reported', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const login = (await page.goto(`${baseUrl()}/login`, { waitUntil: 'domcontentloaded' })) as HTTPResponse;
    const policy = login.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("object-src 'none'");
    // Every script element Next.js wrote carries this response's nonce.
    const scripts = await page.$$eval('script', (els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);

    await logIn(page, DEMO_USERS.learner.username); // needs the hydrated login form
    for (const path of ['/find-learning', '/record-of-learning', '/profile']) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle2' });
      await waitForShell(page);
    }
    expect(violations).toEqual([]);
    // An inline script without the nonce is refused (this is what stops an injected <script>).
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForFunction(() => true);
    expect(violations.length).toBeGreaterThan(0); // the refusal was reported, so the watcher works
    await context.close();
  });
});
