// Workshop booking emails (confirmation, waitlist, cancellation, session cancelled or changed, reminder,
// evaluation request, sign-up closed): one layout, the words chosen in lib/workshops/email-content.ts.
import { Button, Heading, Section, Text } from '@react-email/components';
import { defineEmailTemplate, type EmailTemplate } from '@/lib/notifications/template';
import type { BookingEmailKind, BookingEmailProps } from '@/lib/workshops/email-content';
import { EmailLayout } from './components/layout';

export function BookingEmail({ title, recipientName, intro, details, action, appUrl }: BookingEmailProps) {
  return (
    <EmailLayout preview={intro[0] ?? title} appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        {title}
      </Heading>
      <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {recipientName},</Text>
      {intro.map((p, i) => (
        <Text key={i} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>
          {p}
        </Text>
      ))}
      <Section style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px', margin: '0 0 16px' }}>
        {details.map((d) => (
          <Text key={d.label} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 8px' }}>
            <strong>{d.label}:</strong> {d.value}
          </Text>
        ))}
      </Section>
      {action ? (
        <>
          <Button
            href={action.url}
            style={{
              backgroundColor: '#00703c',
              color: '#ffffff',
              fontSize: '16px',
              fontWeight: 700,
              padding: '12px 20px',
              textDecoration: 'none',
              display: 'inline-block',
            }}
          >
            {action.label}
          </Button>
          <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0 0' }}>
            If the button does not work, copy this address into your browser: {action.url}
          </Text>
        </>
      ) : null}
    </EmailLayout>
  );
}

BookingEmail.PreviewProps = {
  kind: 'booking-confirmation',
  subject: 'Booking confirmed: Active Supervision',
  title: 'You’re booked',
  recipientName: 'Sam',
  intro: [
    'You have a place on Active Supervision on 24 November 2026, 9:30am to 4:30pm. A calendar invite is attached.',
  ],
  details: [
    { label: 'When', value: '24 November 2026, 9:30am to 4:30pm (Europe/London (GMT))' },
    { label: 'Where', value: 'Room 3, Central Stocks Unit, Unit 3' },
  ],
  action: { label: 'View your booking', url: 'http://localhost:3000/workshops/sessions/1' },
  appUrl: 'http://localhost:3000',
} satisfies BookingEmailProps;

export default BookingEmail;

const KINDS: BookingEmailKind[] = [
  'booking-confirmation',
  'waitlist-confirmation',
  'booking-cancelled',
  'session-cancelled',
  'session-changed',
  'reminder',
  'evaluation-request',
  'signup-closed',
];

/** One template definition per kind, so the outbox shows which email it was. */
export const bookingEmailTemplates = Object.fromEntries(
  KINDS.map((kind) => [
    kind,
    defineEmailTemplate<BookingEmailProps>({
      name: `workshop-${kind}`,
      subject: (props) => props.subject,
      component: BookingEmail,
    }),
  ]),
) as Record<BookingEmailKind, EmailTemplate<BookingEmailProps>>;
