// Systems access request emails: to the learner when they send a request and whenever its status changes, and to
// the team that owns the system when a request arrives. The words are chosen in lib/access-requests.
import { Button, Heading, Section, Text } from '@react-email/components';
import { defineEmailTemplate, type EmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';

export type AccessRequestEmailKind = 'received' | 'team-new' | 'status';

export type AccessRequestEmailProps = {
  subject: string;
  title: string;
  recipientName?: string;
  paragraphs: string[];
  details: { label: string; value: string }[];
  action: { label: string; url: string };
  appUrl?: string;
};

export function AccessRequestEmail({
  title,
  recipientName,
  paragraphs,
  details,
  action,
  appUrl,
}: AccessRequestEmailProps) {
  return (
    <EmailLayout preview={paragraphs[0] ?? title} appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        {title}
      </Heading>
      {recipientName ? <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {recipientName},</Text> : null}
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>
          {p}
        </Text>
      ))}
      {details.length > 0 ? (
        <Section style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px', margin: '0 0 16px' }}>
          {details.map((d) => (
            <Text key={d.label} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 8px' }}>
              <strong>{d.label}:</strong> {d.value}
            </Text>
          ))}
        </Section>
      ) : null}
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
    </EmailLayout>
  );
}

AccessRequestEmail.PreviewProps = {
  subject: 'Your request for access to LCS has been granted',
  title: 'Access granted',
  recipientName: 'Sam',
  paragraphs: ['Your access to LCS has been granted.'],
  details: [
    { label: 'System', value: 'LCS' },
    { label: 'Status', value: 'Granted' },
  ],
  action: { label: 'View your request', url: 'http://localhost:3000/access-requests/1' },
  appUrl: 'http://localhost:3000',
} satisfies AccessRequestEmailProps;

export default AccessRequestEmail;

/** One definition per kind, so the outbox shows which email it was. */
export const accessRequestEmailTemplates = Object.fromEntries(
  (['received', 'team-new', 'status'] as const).map((kind) => [
    kind,
    defineEmailTemplate<AccessRequestEmailProps>({
      name: `access-request-${kind}`,
      subject: (props) => props.subject,
      component: AccessRequestEmail,
    }),
  ]),
) as Record<AccessRequestEmailKind, EmailTemplate<AccessRequestEmailProps>>;
