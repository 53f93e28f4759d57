// Certification emails from the scheduled pass: the renewal window has opened, or closes soon (to the learner),
// and the certification has expired (to the learner, and a copy to their manager). Dates arrive formatted.
import { Button, Heading, Text } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';

export type CertificationEmailKind = 'window-open' | 'window-closing' | 'expired' | 'expired-manager';

export type CertificationEmailProps = {
  kind: CertificationEmailKind;
  recipientName: string;
  learnerName: string;
  certificationName: string;
  /** "29 March 2028": the expiry (window open) or the date it expired. */
  date: string;
  url: string;
  appUrl?: string;
};

function subjectOf(p: CertificationEmailProps): string {
  if (p.kind === 'window-open') return `Time to renew your certification: ${p.certificationName}`;
  if (p.kind === 'window-closing') return `Reminder: renew your certification by ${p.date}: ${p.certificationName}`;
  if (p.kind === 'expired') return `Your certification has expired: ${p.certificationName}`;
  return `${p.learnerName}'s certification has expired: ${p.certificationName}`;
}

function paragraphsOf(p: CertificationEmailProps): string[] {
  if (p.kind === 'window-open')
    return [
      `Your ${p.certificationName} certification expires on ${p.date}. You can renew it from today.`,
      'To renew, complete the certification’s courses again before that date. Your progress on them has been reset; your earlier completions stay in your Record of Learning.',
    ];
  if (p.kind === 'window-closing')
    return [
      `Your ${p.certificationName} certification expires on ${p.date} and has not been renewed yet.`,
      'Complete the certification’s courses before that date to stay certified.',
    ];
  if (p.kind === 'expired')
    return [
      `Your ${p.certificationName} certification expired on ${p.date}, before it was renewed.`,
      'It is now overdue: please complete it as soon as you can.',
    ];
  return [
    `${p.learnerName}’s ${p.certificationName} certification expired on ${p.date}, before it was renewed.`,
    'It is now overdue. You receive this because you are their manager in iLearn+.',
  ];
}

export function CertificationEmail(props: CertificationEmailProps) {
  const paragraphs = paragraphsOf(props);
  return (
    <EmailLayout preview={paragraphs[0]!} appUrl={props.appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        {subjectOf(props)}
      </Heading>
      <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {props.recipientName},</Text>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>
          {paragraph}
        </Text>
      ))}
      <Button
        href={props.url}
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
        {props.kind === 'expired-manager' ? 'See your team' : `Open ${props.certificationName}`}
      </Button>
      <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0 0' }}>
        If the button does not work, copy this address into your browser: {props.url}
      </Text>
    </EmailLayout>
  );
}

CertificationEmail.PreviewProps = {
  kind: 'window-open',
  recipientName: 'Sam',
  learnerName: 'Sam Taylor',
  certificationName: 'Fire Safety Awareness',
  date: '29 March 2028',
  url: 'http://localhost:3000/programs/2',
  appUrl: 'http://localhost:3000',
} satisfies CertificationEmailProps;

export default CertificationEmail;

export const certificationEmail = defineEmailTemplate<CertificationEmailProps>({
  name: 'certification',
  subject: subjectOf,
  component: CertificationEmail,
});
