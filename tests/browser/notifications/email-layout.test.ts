/** @jest-environment node */
// The email frame in real Chromium at a phone's width and at a desktop mail client's reading-pane width: nothing
// (the divider above the footer included) runs past the white box, and nothing scrolls sideways.
import type { Browser } from 'puppeteer';
import { DEFAULT_EMAIL_BRAND } from '@/emails/components/brand';
import { noticeEmail } from '@/emails/notice';
import { renderEmail } from '@/lib/notifications/template';
import { describeBrowser, launchBrowser } from '../../helpers/browser';

const brand = {
  ...DEFAULT_EMAIL_BRAND,
  organisationName: 'Hertfordshire County Council',
  logoText: 'iLearn+ HCC',
  colour: '#1d4f91',
  helpEmail: 'ilearn@hertfordshire.gov.uk',
  helpPhone: '01992 555557 (option 5)',
  helpHours: 'Monday to Friday, 9am to 5pm',
};

describeBrowser('email layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([320, 375, 600, 1024])('fits a %i px wide window', async (width) => {
    const { html } = await renderEmail(
      noticeEmail,
      {
        title: 'Your session is coming up',
        recipientName: 'Priya',
        paragraphs: ['This is a reminder that you are booked on Manual Handling on Tuesday 19 January 2027.'],
        action: { label: 'View your booking', url: 'http://localhost:3000/workshops/bookings' },
        appUrl: 'http://localhost:3000',
      },
      brand,
    );
    const page = await browser.newPage();
    try {
      await page.setViewport({ width, height: 800 });
      await page.setContent(html, { waitUntil: 'load' });
      const layout = await page.evaluate(() => {
        const box = document.querySelector('hr')!.closest('table[role="presentation"][style*="max-width"]')!;
        const boxRect = box.getBoundingClientRect();
        const hr = document.querySelector('hr')!.getBoundingClientRect();
        const overflowing = [...box.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > boxRect.right + 0.5)
          .map((el) => el.tagName);
        return {
          scrolls: document.documentElement.scrollWidth > window.innerWidth,
          hrInside: hr.left >= boxRect.left && hr.right <= boxRect.right,
          overflowing,
          footer: document.body.innerText,
        };
      });
      expect(layout).toMatchObject({ scrolls: false, hrInside: true, overflowing: [] });
      expect(layout.footer).toContain('ilearn@hertfordshire.gov.uk');
    } finally {
      await page.close();
    }
  });
});
