/** @jest-environment node */
import NoticeEmail, { noticeEmail } from '@/emails/notice';
import { renderEmail } from '@/lib/notifications/template';
import { outboxFilterSchema } from '@/lib/notifications/schemas';

describe('notice email', () => {
  it('renders title, greeting, paragraphs, button and help footer to HTML and text', async () => {
    const email = await renderEmail(noticeEmail, {
      title: 'Your booking has moved room',
      recipientName: 'Sam',
      paragraphs: ['It is now in Room 4.', 'Nothing else changes.'],
      action: { label: 'View your booking', url: 'https://ilearn.example.org/bookings/42' },
    });
    expect(email.subject).toBe('Your booking has moved room');
    expect(email.html).toContain('lang="en-GB"');
    expect(email.html).toContain('<h1');
    expect(email.html).toContain('It is now in Room 4.');
    expect(email.html).toContain('href="https://ilearn.example.org/bookings/42"');
    expect(email.text).toContain('Dear Sam,');
    expect(email.text).toContain('Nothing else changes.');
    expect(email.text).toContain('https://ilearn.example.org/bookings/42');
    expect(email.text).toContain('ilearn.support@ilearn.local');
    expect(email.text).not.toContain('<');
  });

  it('uses a separate subject when given, and escapes text', async () => {
    const email = await renderEmail(noticeEmail, {
      title: 'Title',
      subject: 'Subject line',
      paragraphs: ['<script>alert(1)</script>'],
    });
    expect(email.subject).toBe('Subject line');
    expect(email.html).not.toContain('<script>');
  });

  it('has preview props for the React Email preview', () => {
    expect(NoticeEmail.PreviewProps.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('outboxFilterSchema', () => {
  it('parses filters and ignores bad values rather than failing the page', () => {
    expect(outboxFilterSchema.parse({ status: 'FAILED', q: ' sam ', page: '3' })).toEqual({
      status: 'FAILED',
      q: 'sam',
      page: 3,
    });
    expect(outboxFilterSchema.parse({ status: 'BOGUS', q: '', page: '-2' })).toEqual({
      status: undefined,
      q: undefined,
      page: 1,
    });
  });
});
