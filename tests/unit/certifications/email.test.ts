/** @jest-environment node */
// The certification emails: each kind's subject, dates and link, in HTML and plain text.
import CertificationEmail, { certificationEmail, type CertificationEmailProps } from '@/emails/certification-email';
import { renderEmail } from '@/lib/notifications/template';

const base: CertificationEmailProps = {
  kind: 'window-open',
  recipientName: 'Sam',
  learnerName: 'Sam Taylor',
  certificationName: 'Fire Safety Awareness',
  date: '29 March 2028',
  url: 'https://ilearn.example.org/programs/7',
};

it('window open: tells the learner the expiry date and that their progress was reset', async () => {
  const email = await renderEmail(certificationEmail, base);
  expect(email.subject).toBe('Time to renew your certification: Fire Safety Awareness');
  expect(email.text).toContain('Dear Sam,');
  expect(email.text).toContain('expires on 29 March 2028');
  expect(email.text).toContain('reset');
  expect(email.html).toContain('href="https://ilearn.example.org/programs/7"');
});

it('window closing: reminds the learner of the expiry date', async () => {
  const email = await renderEmail(certificationEmail, { ...base, kind: 'window-closing' as const });
  expect(email.subject).toBe('Reminder: renew your certification by 29 March 2028: Fire Safety Awareness');
  expect(email.text).toContain('has not been renewed yet');
});

it('expired: to the learner, and to the manager naming the learner', async () => {
  const learner = await renderEmail(certificationEmail, { ...base, kind: 'expired' as const });
  expect(learner.subject).toBe('Your certification has expired: Fire Safety Awareness');
  expect(learner.text).toContain('expired on 29 March 2028');
  const manager = await renderEmail(certificationEmail, {
    ...base,
    kind: 'expired-manager' as const,
    recipientName: 'Priya',
    url: 'https://ilearn.example.org/team',
  });
  expect(manager.subject).toBe("Sam Taylor's certification has expired: Fire Safety Awareness");
  expect(manager.text).toContain('Dear Priya,');
  expect(manager.text).toContain('you are their manager');
});

it('escapes names and has preview props', async () => {
  const email = await renderEmail(certificationEmail, { ...base, certificationName: '<b>x</b>' });
  expect(email.html).not.toContain('<b>x</b>');
  expect(CertificationEmail.PreviewProps.kind).toBe('window-open');
});
