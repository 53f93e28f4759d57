/** @jest-environment node */
import type { Browser } from 'puppeteer';
import { baseUrl, describeBrowser, launchBrowser } from '../helpers/browser';

describeBrowser('home page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves / with an h1 and the security headers', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-powered-by']).toBeUndefined();
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    const h1 = await page.$eval('h1', (element) => element.textContent?.trim());
    expect(h1).toBeTruthy();
    await page.close();
  });
});
